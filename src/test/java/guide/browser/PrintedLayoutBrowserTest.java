package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the real articles and the quiz come out on paper (Chromium's PDF, as "Print" makes it), on A4 and US Letter:
 * a picture that cannot break across pages leaves no third of a page blank, the quiz's cards and long advice flow on
 * across a page break instead of leaving its foot blank, and a footnote's number sits against its word, with no gap
 * the screen's touch target would leave.
 */
class PrintedLayoutBrowserTest extends PreviewBrowserTest {
    private static final double[][] PAPER = {{21.0, 29.7}, {21.59, 27.94}};
    /** Each quiz blank, with a low result, with a middle one and with the longest advice ("Plan your exit"). */
    private static final List<String> QUIZZES = List.of("/pl/test-czy-rozstac-sie-z-klientem/", "/en/is-it-time-to-fire-this-client/");
    private static final List<String> ANSWERS = List.of("", "#a=invoices-late", "#a=invoices-late,free-extras,mockery",
            "#a=threats,invoices-late,project-stalled");

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    @Test
    void theThreeStepsDiagramPrintsOnTheFirstPageWithTheTextBeforeIt() {
        // The diagram's labels print as text: on page 1 its "Poinformuj klienta na piśmie" follows the contents' "Krok 2."
        Map<String, String> labels = Map.of("/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/", "Poinformujklientanapiśmie",
                "/en/how-to-end-a-client-relationship-in-3-steps/", "Telltheclientinwriting");
        for (Map.Entry<String, String> article : labels.entrySet()) {
            chrome.get(base + article.getKey());
            for (double[] paper : PAPER) {
                List<String> pages = PrintedPages.print(chrome, paper[0], paper[1]);
                String label = article.getValue();
                String first = pages.get(0);
                assertTrue(first.indexOf(label) != first.lastIndexOf(label), article.getKey() + " on paper " + paper[0] + " x "
                        + paper[1] + " cm: the diagram went to page 2, leaving the end of page 1 blank; page 1 holds: " + first);
            }
        }
    }

    @Test
    void noPrintedPageOfTheQuizButTheLastIsMoreThanAQuarterBlank() {
        List<String> gaps = new ArrayList<>();
        for (String quiz : QUIZZES) {
            for (String answers : ANSWERS) {
                gaps.addAll(gaps(quiz + answers));
            }
        }
        assertTrue(gaps.isEmpty(), "a block kept whole moved to the next page and left the page before it blank:\n"
                + String.join("\n", gaps));
    }

    @Test
    void noPrintedPageOfTheThreeStepsArticleButTheLastIsMoreThanAQuarterBlank() {
        List<String> gaps = new ArrayList<>(gaps("/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/"));
        gaps.addAll(gaps("/en/how-to-end-a-client-relationship-in-3-steps/"));
        assertTrue(gaps.isEmpty(), "a block kept whole moved to the next page and left the page before it blank:\n"
                + String.join("\n", gaps));
    }

    /** Each page but the last of the page at that address, on A4 and on Letter, more than a quarter blank at its foot. */
    private static List<String> gaps(String address) {
        chrome.get("about:blank");
        chrome.get(base + address);
        List<String> gaps = new ArrayList<>();
        for (double[] paper : PAPER) {
            List<Double> blank = PrintedBlank.atFoot(chrome, paper[0], paper[1]);
            for (int page = 0; page < blank.size() - 1; page++) {
                if (blank.get(page) > 0.25) {
                    gaps.add(String.format(Locale.ROOT, "%s on %s x %s cm: page %d of %d is %.0f %% blank at its foot",
                            address, paper[0], paper[1], page + 1, blank.size(), 100 * blank.get(page)));
                }
            }
        }
        return gaps;
    }

    @Test
    void aPrintedFootnoteNumberSitsAgainstItsWord() {
        chrome.get(base + "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            // From the right edge of the word before each note's number to the left edge of the digit itself.
            @SuppressWarnings("unchecked")
            List<Number> gaps = (List<Number>) js("""
                    return [...document.querySelectorAll('.prose sup > a.footnote-ref')].map(a => {
                      const sup = a.parentElement, before = sup.previousSibling, digit = a.firstChild;
                      const word = document.createRange(); word.setStart(before, before.length - 1); word.setEnd(before, before.length);
                      const number = document.createRange(); number.selectNodeContents(digit);
                      return number.getClientRects()[0].left - word.getClientRects()[0].right;
                    });""");
            assertTrue(gaps.size() > 10, "the article cites its notes: " + gaps);
            assertTrue(gaps.stream().allMatch(g -> Math.abs(g.doubleValue()) < 1.5),
                    "a printed note's number stands apart from its word, as 'word ¹' (px between them): " + gaps);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
