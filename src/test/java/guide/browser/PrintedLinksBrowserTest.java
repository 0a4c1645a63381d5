package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader who prints an article or the quiz (the real site, Chromium's PDF): every link of the text prints
 * with the full address it leads to, the site's own links with the site's address (site.host), and
 * links within the page (footnotes) print none.
 */
class PrintedLinksBrowserTest extends PreviewBrowserTest {
    private static final String SITE = "https://przewodnik-freelancera.example";

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    private static String printed(String path) {
        chrome.get(base + path);
        return String.join("", PrintedPages.print(chrome, 29.7));
    }

    @Test
    void aPrintedArticleShowsWhereItsLinksLead() {
        String pdf = printed("/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/");
        assertTrue(pdf.contains("5oznak,żeczasrozstaćsięzklientem(" + SITE + "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/)"),
                "the link to the 5 signs prints its address: " + pdf);
        assertTrue(pdf.contains("pięciusygnałówostrzegawczych(" + SITE + "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/#late-payments)"), pdf);
        assertFalse(pdf.contains("(#"), "a footnote's number prints no address: " + pdf);
    }

    /**
     * The last result whose advice links to a page ("Plan your exit" today) and its first link, and the answers for another
     * result and for that one, are read from the quiz's content file ({@link ContentQuiz}): an editor's rescoring or
     * retitling changes what the test ticks and expects, not whether it passes.
     */
    @Test
    void thePrintedQuizShowsWhereTheAdviceOfItsBandsLeads() throws IOException {
        ContentQuiz quiz = ContentQuiz.of(site.project().resolve("content"), QuizPageBrowserTest.EN_QUIZ_FILE);
        ContentQuiz.Band linking = quiz.bands().stream().filter(b -> !b.links().isEmpty()).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no result's advice links to a page: " + quiz.bands()));
        ContentQuiz.Band other = quiz.bands().stream().filter(b -> !b.equals(linking)).findFirst().orElseThrow();
        ContentQuiz.Link link = linking.links().get(0);
        String address = link.text().replaceAll("[\\s\\u00a0\\u202f]+", "") + "(" + SITE + link.address() + ")";
        String low = printed(QuizPageBrowserTest.EN_QUIZ + "#a=" + String.join(",", quiz.ticksFor(other)));
        assertTrue(low.contains(address), "the band table's advice prints its link's address " + address + ": " + low);
        // That result: its advice prints in the result's box, which its row in the table points to.
        String result = printed(QuizPageBrowserTest.EN_QUIZ + "#a=" + String.join(",", quiz.ticksFor(linking)));
        assertTrue(result.contains(address), "and so does the result's copy of it: " + result);
    }
}
