package guide.dashboard;

import guide.cli.GuideInProcess;
import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translation started with {@code ./guide translate} and published before it was translated is current by its stamp, but
 * the dashboard marks it, as {@code ./guide translations} names it: what is still copied from its source (its text, its tags),
 * at the line, in the report's words; and counts it among the pages that need work. On a copy of the test site, whose
 * English "advance" is missing.
 */
class CopiedTranslationDashboardTest {
    private static final String COPY = "content/en/advance.md";
    private static final String TEXT = "Line 7: the summary and all 3 passages of the text are still copied word for word from its source,"
            + " content/pl/zaliczka-czy-zadatek.md: translate them, or keep the page a draft (status=draft) until then.";
    private static final String TAGS = "Line 8: the tag umowy is still its Polish source's (content/pl/zaliczka-czy-zadatek.md), and no other"
            + " English page has it: related articles are matched by tag among English pages, so give it English tags (English pages use:"
            + " money, invoices, pricing).";

    @TempDir
    Path project;

    @BeforeEach
    void startAndPublishAnUntranslatedCopy() throws Exception {
        ProjectFixture.copyProject(project);
        assertEquals(0, GuideInProcess.inProject(project, "translate", "content/pl/zaliczka-czy-zadatek.md", "--to", "en", "--name", "advance")
                .exitCode());
        edit(s -> s.replace("status=draft", "status=published"));
    }

    @Test
    void aPublishedCopyIsCurrentButMarkedWithWhatIsStillItsSources() throws Exception {
        Document page = dashboard();
        Element entry = entry(page);
        assertEquals("current", entry.attr("data-state"));
        assertTrue(entry.hasAttr("data-untranslated"), entry.outerHtml());
        assertEquals(List.of("Current", "Not fully translated"), entry.select(".dash-badges > :not(.dash-badge)").eachText());
        assertEquals(List.of("Still copied"), entry.select(".dash-untranslated dt").eachText());
        assertEquals(List.of(TEXT, TAGS), entry.select(".dash-untranslated dd p").eachText());
        assertTrue(page.getElementById("dash-lede").text().contains(": 2 need work, 1 of them current but not fully translated."), page.getElementById("dash-lede").text());
    }

    @Test
    void theMarkGoesPartByPartAsTheTranslatorTranslates() throws Exception {
        edit(s -> s.replace("tags=umowy", "tags=contracts,money"));
        assertEquals(List.of(TEXT), entry(dashboard()).select(".dash-untranslated dd p").eachText(), "the tags are English now");

        edit(s -> s.replace("Dwie formy przedpłaty i czym się różnią.", "Two kinds of prepayment and how they differ.")
                .replace("Przedpłata chroni przed klientem, który znika.", "A prepayment protects you from a client who disappears.")
                .replace("Zaliczkę rozlicza się z ceną.", "An advance is settled against the price.")
                .replace("Zadatek działa inaczej niż zaliczka.", "A deposit works differently from an advance."));
        Document page = dashboard();
        Element entry = entry(page);
        assertEquals("current", entry.attr("data-state"));
        assertTrue(!entry.hasAttr("data-untranslated") && entry.select(".dash-flag, .dash-untranslated").isEmpty(), entry.outerHtml());
        assertTrue(page.getElementById("dash-lede").text().contains(": 1 needs work."), page.getElementById("dash-lede").text());
    }

    private Document dashboard() throws Exception {
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty());
        return Jsoup.parse(html);
    }

    private static Element entry(Document page) {
        return Objects.requireNonNull(page.getElementById("entry-advance-en"), "advance-en");
    }

    private void edit(UnaryOperator<String> change) throws Exception {
        Path path = project.resolve(COPY);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertTrue(!changed.equals(text), "the edit must change " + COPY);
        Files.writeString(path, changed, StandardCharsets.UTF_8);
    }
}
