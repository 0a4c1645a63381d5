package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page the build cannot read (its date has month 13) is named above the dashboard's documents at its line, as
 * {@code ./guide translations} prints it: its translation is otherwise listed as missing, with a command to start
 * it, and nothing on the dashboard says why. A warning about a page that was read is no such problem.
 */
class UnreadablePageDashboardTest {
    @TempDir
    Path project;

    @Test
    void aPageThatCannotBeReadIsNamedAboveTheList() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        edit("content/en/about.md", "\ndate=2026-10-01\n", "\ndate=2026-13-01\n");
        Document page = page();
        assertEquals(List.of("content/en/about.md:2: date '2026-13-01' is not a real date: there is no month 13 (write yyyy-MM-dd)"),
                page.select("#documents .dash-unreadable li").eachText());
        assertEquals("A page could not be read, so the list below treats it as if it was not there: a translation may show as missing,"
                + " or one as orphaned, that is not. Fix this and the list updates itself:", page.select("#documents .dash-unreadable p").text());
    }

    /** As {@code ./guide translations} says: the translation is there, so its entry names its file and why, and offers no command to start it. */
    @Test
    void aTranslationThatCannotBeReadIsNotOfferedToBeStarted() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Files.write(project.resolve("content/en/about.md"), new byte[] {(byte) 0xff, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Document page = page();
        assertEquals("Unreadable", page.select("#entry-about-en .dash-state").text());
        assertEquals("content/en/about.md", page.select("#entry-about-en .dash-facts div:has(dt:contains(Translation)) dd").text());
        String note = page.select("#entry-about-en .dash-facts div:has(dt:contains(Note)) dd").text();
        assertTrue(note.startsWith("This translation's file cannot be read, so its state is unknown: fix the file rather than start a new"
                + " translation: content/en/about.md:12: not valid UTF-8"), note);
        assertEquals(List.of(), page.select("#entry-about-en code:contains(./guide translate )").eachText());
    }

    /** As {@code ./guide translations} says: a source that cannot be read leaves its translation looking orphaned, not to be deleted. */
    @Test
    void aTranslationWhoseSourceCannotBeReadIsNotToBeDeleted() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Files.write(project.resolve("content/pl/o-przewodniku.md"), new byte[] {(byte) 0xff, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Document page = page();
        assertEquals("Unknown", page.select("#entry-about-en .dash-state").text(), "as ./guide translations shows it, not Orphaned");
        String note = page.select("#entry-about-en .dash-facts div:has(dt:contains(Note)) dd").text();
        assertTrue(note.startsWith("Its source, content/pl/o-przewodniku.md, cannot be read, so this page looks orphaned: fix the source"
                + " rather than delete this page: content/pl/o-przewodniku.md:11: not valid UTF-8"), note);
    }

    /** The overview and the state filter go by the state the entry shows: an unknown translation is neither orphaned nor to delete. */
    @Test
    void anUnknownTranslationIsCountedAndFilteredAsUnknown() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Files.write(project.resolve("content/pl/o-przewodniku.md"), new byte[] {(byte) 0xff, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Document page = page(null);
        assertEquals("0", page.select(".dash-language[data-lang=en] a[data-count=orphaned] .dash-count").text());
        assertEquals("1", page.select(".dash-language[data-lang=en] a[data-count=unknown] .dash-count").text());
        assertEquals("?lang=en&state=unknown", page.select(".dash-language[data-lang=en] a[data-count=unknown]").attr("href"));
        assertEquals(List.of("entry-about-en"), page.select("#entry-about-en[data-state=unknown]").eachAttr("id"));
        assertEquals(List.of(), page("orphaned").select(".dash-entry").eachAttr("id"), "the orphaned filter leaves it out");
        assertEquals(List.of("entry-about-en"), page("unknown").select(".dash-entry").eachAttr("id"));
        assertTrue(page.select(".dash-filters a").eachText().contains("Unknown"), page.select(".dash-filters").text());
    }

    /** Likewise a translation that is there but cannot be read is counted as unreadable, not missing: there is nothing to start. */
    @Test
    void anUnreadableTranslationIsCountedAndFilteredAsUnreadable() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Files.write(project.resolve("content/en/about.md"), new byte[] {(byte) 0xff, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Document page = page(null);
        assertEquals("1", page.select(".dash-language[data-lang=en] a[data-count=missing] .dash-count").text(), "the second article only");
        assertEquals("1", page.select(".dash-language[data-lang=en] a[data-count=unreadable] .dash-count").text());
        assertEquals(List.of("entry-second-en"), page("missing").select(".dash-entry").eachAttr("id"), "the missing filter leaves it out");
        assertEquals(List.of("entry-about-en"), page("unreadable").select(".dash-entry").eachAttr("id"));
    }

    @Test
    void aWarningIsNoUnreadablePage() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        edit("content/en/about.md", "\nauthor=", "\nauthr=x\nauthor=");
        assertEquals(List.of(), page().select(".dash-unreadable").eachText());
    }

    private void edit(String file, String from, String to) throws Exception {
        Path path = project.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private Document page() throws Exception {
        return page(null);
    }

    private Document page(String state) throws Exception {
        SiteContent content = SiteContent.load(project);
        return Jsoup.parse(new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, state, content.config().languages()), Optional.empty()));
    }
}
