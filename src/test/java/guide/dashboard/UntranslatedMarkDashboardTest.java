package guide.dashboard;

import guide.cli.GuideInProcess;
import guide.content.SiteContent;
import guide.site.ProjectFiles;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A published translation marked "Not fully translated" (current by its stamp, its text and tags still its source's) is
 * one story on the dashboard: the line at the top, the language's overview and the list count it as work to do, it is
 * listed with the pages that need work, and a filter (a plain link, {@code ?mark=untranslated}) lists such pages. On a copy
 * of the test site: of 7 English pages, "pricing" is outdated, "advance" is started with {@code ./guide translate} and
 * published untranslated, the other 5 are current.
 */
class UntranslatedMarkDashboardTest {
    @TempDir
    Path project;

    @BeforeEach
    void publishAnUntranslatedCopy() throws Exception {
        ProjectFixture.copyProject(project);
        assertEquals(0, GuideInProcess.inProject(project, "translate", "content/pl/zaliczka-czy-zadatek.md", "--to", "en", "--name", "advance")
                .exitCode());
        Path copy = project.resolve("content/en/advance.md");
        Files.writeString(copy, Files.readString(copy, StandardCharsets.UTF_8).replace("status=draft", "status=published"), StandardCharsets.UTF_8);
    }

    @Test
    void theTopLineAndTheOverviewCountTheSamePagesAsNotDone() throws Exception {
        Document page = dashboard(null, null, null);
        assertEquals("Every page in every language other than the one it was written in: 2 need work, 1 of them current but not fully"
                + " translated. This page updates itself when content changes.", page.getElementById("dash-lede").text());
        Element english = Objects.requireNonNull(page.selectFirst(".dash-language[data-lang=en]"));
        assertEquals("5 of 7 pages current and fully translated (71 %)", english.selectFirst(".dash-progress label").text());
        assertEquals("5", english.selectFirst("progress").attr("value"), "the bar shows what its text says: 2 of 7 pages still to do");
        assertEquals("71 %", english.selectFirst("progress").attr("aria-valuetext"),
                "a screen reader announces the per cent the text shows, not one it works out from the value");
    }

    @Test
    void theOverviewCountsTheMarkedPageAsAPartOfCurrentNotAsOneMoreState() throws Exception {
        Element english = Objects.requireNonNull(dashboard(null, null, null).selectFirst(".dash-language[data-lang=en]"));
        assertEquals(List.of("1 outdated", "0 missing", "0 orphaned", "0 draft", "6 current (1 not fully translated)"),
                english.select(".dash-counts > li").eachText(), "one item per state, 7 pages in all; the marked page within current");
        Element marked = english.selectFirst(".dash-counts a[data-count=untranslated]");
        assertEquals("(1 not fully translated)", marked.text());
        assertEquals("?lang=en&state=current&mark=untranslated", marked.attr("href"), "the link lists the pages its count counts");
        assertEquals(List.of("entry-advance-en"), dashboard("en", "current", "untranslated").select(".dash-entry").eachAttr("id"));
    }

    @Test
    void aMarkedPageThatIsOutdatedIsCountedAsOutdatedOnly() throws Exception {
        ProjectFiles.save(project, "content/pl/zaliczka-czy-zadatek.md", s -> s + "\nNowy akapit na końcu.\n");
        Document page = dashboard(null, null, null);
        Element english = Objects.requireNonNull(page.selectFirst(".dash-language[data-lang=en]"));
        assertEquals(List.of("2 outdated", "0 missing", "0 orphaned", "0 draft", "5 current"), english.select(".dash-counts > li").eachText(),
                "no current page is marked, so nothing follows current");
        assertEquals("5 of 7 pages current (71 %)", english.selectFirst(".dash-progress label").text());
        assertEquals(List.of("Mark:", "All", "Not fully translated (1)"), page.select(".dash-filters p").last().children().eachText(),
                "the filter still lists the outdated page, which is still marked");
    }

    @Test
    void aMarkedPageIsListedWithThePagesThatNeedWork() throws Exception {
        List<String> ids = dashboard(null, null, null).select(".dash-entry").eachAttr("id");
        assertEquals(List.of("entry-pricing-en", "entry-advance-en"), ids.subList(0, 2),
                "the outdated page, then the published copy, then the 5 current pages: " + ids);
    }

    @Test
    void theMarkFilterIsALinkWithItsCountAndListsTheMarkedPagesOnly() throws Exception {
        Element marks = dashboard(null, null, null).select(".dash-filters p").last();
        assertEquals(List.of("Mark:", "All", "Not fully translated (1)"), marks.children().eachText());
        assertEquals("?mark=untranslated", marks.select("a").last().attr("href"));

        Document filtered = dashboard(null, null, "untranslated");
        assertEquals(List.of("entry-advance-en"), filtered.select(".dash-entry").eachAttr("id"));
        assertEquals("Showing 1 of 7 pages.", filtered.getElementById("dash-count").text());
        assertEquals("page", filtered.select(".dash-filters a").last().attr("aria-current"));
        assertEquals("?state=current&mark=untranslated", filtered.select(".dash-filters a").stream()
                .filter(a -> a.text().equals("Current")).findFirst().orElseThrow().attr("href"), "the other filters keep the mark");
    }

    @Test
    void theMarkFilterSaysWhenItShowsNothingAndNamesATypo() throws Exception {
        assertEquals("Showing 0 of 7 pages: none in English is outdated and marked not fully translated.",
                dashboard("en", "outdated", "untranslated").getElementById("dash-count").text());
        Document typo = dashboard(null, null, "untranslatd");
        assertEquals(List.of("The address asks for mark=untranslatd, which is not a mark: the only one is untranslated (Not fully translated)."
                + " The list below is not filtered by mark."), typo.select(".dash-filter-unknown").eachText());
        assertEquals("Showing 7 of 7 pages.", typo.getElementById("dash-count").text());
    }

    private Document dashboard(String lang, String state, String mark) throws Exception {
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(lang, state, mark, content.config().languages()), Optional.empty());
        return Jsoup.parse(html);
    }
}
