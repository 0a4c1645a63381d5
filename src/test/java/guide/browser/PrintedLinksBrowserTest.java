package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void thePrintedQuizShowsWhereTheAdviceOfItsBandsLeads() {
        String address = "oursamplemessage(" + SITE + "/en/how-to-end-a-client-relationship-in-3-steps/#sample-message)";
        String low = printed("/en/is-it-time-to-fire-this-client/#a=invoices-late");
        assertTrue(low.contains(address), "the band table's advice prints its link's address: " + low);
        // "Plan your exit" the result: its advice prints in the result's box, which its row in the table points to.
        String exit = printed("/en/is-it-time-to-fire-this-client/#a=threats");
        assertTrue(exit.contains(address), "and so does the result's copy of it: " + exit);
    }
}
