package guide.readme;

import guide.content.SiteContent;
import guide.dashboard.DashboardFilter;
import guide.dashboard.DashboardPage;
import guide.dashboard.PageOptions;
import guide.dashboard.TranslationDashboard;
import guide.site.ProjectFiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words "The translations dashboard" quotes, looked for on the dashboard of a copy of the real project (not a
 * git repository, as the README's summary example says), in the state each quote describes: the real pages, a filter
 * typed into the address, a changed Polish summary, a deleted English article, a date the build refuses. The page is
 * made as the preview makes it, without starting the preview. Where a quote is an example of a form ("5 of 8 pages
 * current"), its figures and dates are masked, since editors' work changes them. Each test puts back what it changed.
 */
class DashboardReadmeTest {
    private static final ReadmeSection README = ReadmeSection.subsection("The translations dashboard");
    private static final String ABOUT_PL = "content/pl/o-przewodniku.md";
    private static final String ABOUT_EN = "content/en/about.md";

    @RealProject
    static Path project;

    @Test
    void theOverviewAndTheDatesReadAsQuoted() throws Exception {
        String page = dashboard(null, null);
        for (String start : new String[] {"5 of 8 pages current", "updated 30", "published 20"}) {
            assertSays(README.quote('"', start), page, DashboardReadmeTest::figures, "the dashboard of the real project");
        }
    }

    @Test
    void filtersSayWhatTheyShowAndWhatTheyCannotFilterBy() throws Exception {
        assertSays(README.quote('"', "The address asks for lang=xx"), dashboard("xx", null), line -> line, "the dashboard at ?lang=xx");
        assertSays(README.quote('"', "Showing 0 of"), dashboard("en", "outdated"), DashboardReadmeTest::figures,
                "the dashboard at ?lang=en&state=outdated");
        assertSays(README.quote('"', "pages are written in Polish"), dashboard("pl", null), line -> line, "the dashboard at ?lang=pl");
    }

    @Test
    void aChangedSummaryIsShownBesideTheTranslationsOldOne() throws Exception {
        String before = Files.readString(project.resolve(ABOUT_PL));
        ProjectFiles.save(project, ABOUT_PL, s -> s.replace("kto go tworzy", "kto go pisze"));
        String page = dashboard(null, null);
        Files.writeString(project.resolve(ABOUT_PL), before);
        String what = "the dashboard with 'kto go tworzy' made 'kto go pisze' in the summary of " + ABOUT_PL;
        assertSays(README.quote('"', "Summary changed in the Polish source"), page, line -> line, what);
        assertSays(README.quote('"', "The English summary of the old version"), page, line -> line, what);
    }

    @Test
    void aMissingTranslationsCommandSaysWhatToPutForName() throws Exception {
        Path english = project.resolve("content/en/5-signs-its-time-to-fire-a-client.md");
        String before = Files.readString(english);
        Files.delete(english);
        String page = dashboard(null, null);
        Files.writeString(english, before);
        assertSays(README.quote('"', "replace NAME with"), page, line -> line, "the dashboard with " + project.relativize(english) + " deleted");
    }

    @Test
    void aPageTheBuildRefusesIsNamedAtItsLine() throws Exception {
        String before = Files.readString(project.resolve(ABOUT_EN));
        ProjectFiles.save(project, ABOUT_EN, s -> s.replaceFirst("(?m)^date=.*$", "date=2026-13-20"));
        String page = dashboard(null, null);
        Files.writeString(project.resolve(ABOUT_EN), before);
        assertSays(README.quote('`', "content/en/about.md:2: date"), page, line -> line, "the dashboard with date=2026-13-20 in " + ABOUT_EN);
    }

    @Test
    void aPublishedCopyIsMarkedWithTheReportsWords() throws Exception {
        Path example = project.resolve("content/pl/jak-wycenic-projekt.md");
        Path copy = project.resolve("content/en/pricing-a-project.md");
        Files.write(example, ReadmeSection.subsection("Add an article").block(0).lines());
        try {
            GuideRun translate = GuideRun.run(project, "translate", "content/pl/jak-wycenic-projekt.md", "--to", "en", "--name", "pricing-a-project");
            assertEquals(0, translate.exitCode(), translate.err());
            ProjectFiles.save(project, "content/en/pricing-a-project.md", s -> s.replace("status=draft", "status=published"));
            String page = dashboard(null, null);
            String what = "the dashboard with the example article of Add an article translated and published as ./guide translate wrote it";
            assertSays(README.quote('"', "Not fully translated"), page, line -> line, what);
            assertSays(README.quote('"', "Line 8: the tags"), page, line -> line, what);
            for (String start : new String[] {"1 needs work: current", "6 of 7 pages current and", "7 current (1 not", "Not fully translated ("}) {
                assertSays(README.quote('"', start), page, line -> line, what);
            }
        } finally {
            Files.deleteIfExists(copy);
            Files.delete(example);
        }
    }

    /** The dashboard's text, as the preview serves it at {@code ?lang=lang&state=state}. */
    private static String dashboard(String lang, String state) throws Exception {
        return dashboard(lang, state, null);
    }

    /** The dashboard's text, as the preview serves it at {@code ?lang=lang&state=state&mark=mark}. */
    private static String dashboard(String lang, String state, String mark) throws Exception {
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(lang, state, mark, content.config().languages()), Optional.empty());
        return Jsoup.parse(html).text();
    }

    private static void assertSays(ReadmeSection.Quote quote, String page, UnaryOperator<String> mask, String what) {
        assertTrue(mask.apply(page).contains(mask.apply(quote.text())), "README.md:" + quote.line() + " quotes \"" + quote.text()
                + "\" from " + what + ", and it does not say that. What it says:\n" + page + "\n");
    }

    /** Counts and dates masked: they change with editors' work. */
    private static String figures(String text) {
        return text.replaceAll("\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}", "DATE")
                .replaceAll("\\d+", "N");
    }
}
