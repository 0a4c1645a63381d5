package guide.serve;

import guide.build.DraftPage;
import guide.site.GuideCommand;
import guide.site.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's page while no build has made a site lists the build's problems as text, whatever they quote from a page. */
class NothingYetPageTest {

    @Test
    void theProblemsAreListedAsTheyAreWrittenAndRunNothing() {
        String quoted = "content/pl/a.md:9: <script>alert('x')</script> is not allowed in content & must go";
        Document page = Jsoup.parse(SiteRoutes.nothingYet(List.of("content/pl/a.md:1: date '2026-13-20' is not a real date", quoted)));
        assertEquals(List.of("content/pl/a.md:1: date '2026-13-20' is not a real date", quoted), page.select("noscript li").eachText());
        assertTrue(page.select("script").isEmpty(), page.html());
        assertTrue(page.select("p").first().text().contains("the list below"), page.html());
    }

    @Test
    void withoutProblemsThePagePointsToTheTerminal() {
        Document page = Jsoup.parse(SiteRoutes.nothingYet(List.of()));
        assertTrue(page.select("li").isEmpty());
        assertTrue(page.text().contains("The terminal running ./guide serve lists what to fix"), page.text());
    }

    /** The preview started as {@code '/home/ann/a&b/guide' serve}: the pages name that command, as text, not as markup. */
    @Test
    void thePlainPagesNameTheCommandAsTyped() {
        String typed = "'/home/ann/a&b <x>/guide'";
        Document nothingYet = Jsoup.parse(GuideCommand.typedAs(typed, () -> SiteRoutes.nothingYet(List.of())));
        Document draft = Jsoup.parse(GuideCommand.typedAs(typed, () -> DraftProblemsPage.of(new DraftPage("content/en/x.md: draft, not published",
                "/en/x/", "en/x/index.html", null, List.of(new Problem(Path.of("content/en/x.md"), 3, "x"))))));
        for (Document page : List.of(nothingYet, draft)) {
            assertTrue(page.select("code").eachText().contains(typed + " serve"), page.html());
        }
    }

    /** On a phone the plain pages fit the screen's width, and in dark mode the browser draws them dark: they have no style sheet. */
    @Test
    void thePreviewsPlainPagesFitAPhoneAndFollowItsDarkMode() {
        for (Document page : List.of(Jsoup.parse(SiteRoutes.nothingYet(List.of("content/pl/a.md:1: x"))),
                Jsoup.parse(DraftProblemsPage.of(new DraftPage("content/en/x.md: draft, not published", "/en/x/", "en/x/index.html", null,
                        List.of(new Problem(Path.of("content/en/x.md"), 3, "x"))))))) {
            assertEquals("width=device-width, initial-scale=1", page.select("meta[name=viewport]").attr("content"), page.title());
            assertEquals("light dark", page.select("meta[name=color-scheme]").attr("content"), page.title());
        }
    }
}
