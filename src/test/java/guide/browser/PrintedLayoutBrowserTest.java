package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the real articles and the quiz come out on paper (Chromium's PDF, as "Print" makes it), on A4 and US Letter:
 * a picture that cannot break across pages leaves no third of a page blank, the quiz's cards and long advice flow on
 * across a page break instead of leaving its foot blank, a footnote's number sits against its word, with no gap
 * the screen's touch target would leave, no text runs into the right margin, where the paper cuts it off, and the quiz
 * takes as many pages as the README's table says.
 */
class PrintedLayoutBrowserTest extends PreviewBrowserTest {
    private static final double[][] PAPER = {{21.0, 29.7}, {21.59, 27.94}};
    private static final List<String> QUIZZES = List.of(QuizPageBrowserTest.PL_QUIZ, QuizPageBrowserTest.EN_QUIZ);
    /**
     * Each quiz blank ({@code ""}), then with each result in turn ({@code #a=…}), the last the longest advice ("Plan your
     * exit"): the ticks that give each are read from the quiz's content file ({@link ContentQuiz}), so an editor's
     * rescoring does not move a column of the README's table to another result.
     */
    private static List<String> answers;
    /** The Polish quiz's content, whose results the table of results prints. */
    private static ContentQuiz quiz;

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
        quiz = ContentQuiz.of(site.project().resolve("content"), QuizPageBrowserTest.PL_QUIZ_FILE);
        List<String> each = new ArrayList<>(List.of(""));
        quiz.bands().forEach(band -> each.add("#a=" + String.join(",", quiz.ticksFor(band))));
        answers = List.copyOf(each);
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
            for (String ticks : answers) {
                gaps.addAll(gaps(quiz + ticks));
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

    /**
     * With a result, its advice prints once, in its box: the table's row of that result names it instead of printing it
     * again (both copies took a sixth page for the English "Set boundaries and talk" on Letter). The row sends the reader
     * to that box, which may be on the page before: "printed above" said nothing on paper, where everything is printed.
     */
    @Test
    void aResultsAdvicePrintsOnceAndItsRowPointsToIt() {
        for (String quiz : QUIZZES) {
            for (String ticks : answers.subList(1, answers.size())) {
                chrome.get("about:blank");
                chrome.get(base + quiz + ticks);
                String advice = squeezed((String) js("return document.querySelector('.quiz-bands tr.is-current .quiz-advice > p').textContent"));
                String above = squeezed((String) js("return document.querySelector('.quiz-bands tr.is-current .quiz-advice').dataset.above"));
                String printed = String.join("", PrintedPages.print(chrome, 21.59, 27.94));
                String start = advice.substring(0, 40);
                assertEquals(1, printed.split(Pattern.quote(start), -1).length - 1, quiz + ticks + ": the result's advice \"" + start
                        + "\" printed once, in its box, not again in the table: " + printed);
                assertEquals(1, printed.split(Pattern.quote(above), -1).length - 1, quiz + ticks + ": its row says " + above + ": " + printed);
                String box = quiz.startsWith("/pl/") ? "wramce" : "thebox";
                assertTrue(above.contains(box) && !above.contains("printed"), quiz + ticks + ": its row sends the reader to the box"
                        + " its advice printed in, in words that mean something on paper: " + above);
            }
        }
    }

    /** On paper the table's advice takes the page's width, under its row's range and title, not a third column's. */
    @Test
    void theBandsAdvicePrintsAcrossThePage() {
        chrome.get(base + QUIZZES.get(0));
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            @SuppressWarnings("unchecked")
            List<Number> shares = (List<Number>) js("""
                    const table = document.querySelector('.quiz-bands table').getBoundingClientRect().width;
                    return [...document.querySelectorAll('.quiz-bands .quiz-advice')].map(a => a.getBoundingClientRect().width / table);""");
            assertEquals(quiz.bands().size(), shares.size(), "a row of advice for each result of the content file");
            assertTrue(shares.stream().allMatch(w -> w.doubleValue() > 0.9), "the advice's share of the table's width: " + shares);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /**
     * Nothing prints into the paper's right margin, where Chromium cuts it off: laid out up to a pixel wider than it draws,
     * the page lost the right border of every box (cards, contents, notes) and the last sliver of text set flush right,
     * the "8" of the quiz's "5 punktów z 18".
     */
    @Test
    void noPrintedTextReachesIntoTheRightMargin() {
        List<String> past = new ArrayList<>();
        for (String address : List.of(QUIZZES.get(0) + answers.get(answers.size() - 1), QUIZZES.get(1) + answers.get(answers.size() - 1),
                "/en/5-signs-its-time-to-fire-a-client/", "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/")) {
            chrome.get("about:blank");
            chrome.get(base + address);
            for (double[] paper : PAPER) {
                List<PrintedGlyphs.Page> pages = PrintedGlyphs.print(chrome, paper[0], paper[1]);
                for (int page = 0; page < pages.size(); page++) {
                    PrintedGlyphs.Page printed = pages.get(page);
                    if (printed.pastRightMargin() > 0) {
                        past.add(String.format(Locale.ROOT, "%s on %s x %s cm, page %d: \"%s\" ends %.2f pt into the margin",
                                address, paper[0], paper[1], page + 1, printed.rightmost(), printed.pastRightMargin()));
                    }
                }
            }
        }
        assertTrue(past.isEmpty(), "text printed where the paper's margin cuts it off:\n" + String.join("\n", past));
    }

    /** The printout ends with a whole paragraph: split, the Polish blank sheet on Letter left one line alone on its last page. */
    @Test
    void theLastPrintedPageHoldsTheLastParagraphWhole() {
        List<String> split = new ArrayList<>();
        for (String quiz : QUIZZES) {
            for (String ticks : answers) {
                chrome.get("about:blank");
                chrome.get(base + quiz + ticks);
                String last = squeezed((String) js("""
                        const row = document.querySelector('.quiz-bands tbody tr:last-child');
                        return row.classList.contains('is-current') ? '' : row.querySelector('.quiz-advice > :last-child').textContent;"""));
                if (last.isEmpty()) {
                    continue; // the last row is the result: its advice is in the box above
                }
                for (double[] paper : PAPER) {
                    List<String> pages = PrintedPages.print(chrome, paper[0], paper[1]);
                    if (!pages.get(pages.size() - 1).contains(last.substring(0, 30))) {
                        split.add(quiz + ticks + " on " + paper[0] + " x " + paper[1] + " cm: the last page holds only "
                                + pages.get(pages.size() - 1));
                    }
                }
            }
        }
        assertTrue(split.isEmpty(), "the last paragraph began on the page before the last:\n" + String.join("\n", split));
    }

    /**
     * The README's table of how many pages the printed quiz takes is what Chromium prints: each quiz, blank and with
     * each result, on A4 and on Letter. A result's column is the one of its row in the quiz's table of results.
     */
    @Test
    void theReadmesTableOfPrintedPagesIsWhatChromiumPrints() {
        ReadmePrintTable table = ReadmePrintTable.inReadme();
        Map<String, String> quizzes = Map.of("Polish", QUIZZES.get(0), "English", QUIZZES.get(1));
        Map<String, double[]> papers = Map.of("A4", PAPER[0], "Letter", PAPER[1]);
        assertEquals(quizzes.size() * papers.size(), table.rows().size(), "README.md's rows of pages: " + table.rows());
        List<String> wrong = new ArrayList<>();
        for (ReadmePrintTable.Row row : table.rows()) {
            assertEquals(answers.size(), row.pages().size(), "README.md:" + row.line() + ": pages blank and with each result");
            assertTrue(quizzes.containsKey(row.quiz()) && papers.containsKey(row.paper()), "README.md:" + row.line() + ": a quiz of "
                    + quizzes.keySet() + " on a paper of " + papers.keySet());
            for (int column = 0; column < answers.size(); column++) {
                chrome.get("about:blank");
                chrome.get(base + quizzes.get(row.quiz()) + answers.get(column));
                assertEquals(column, ((Number) js("""
                        return document.querySelector('.quiz.is-blank') ? 0
                          : [...document.querySelectorAll('.quiz-bands tbody tr')].findIndex(tr => tr.classList.contains('is-current')) + 1;"""))
                        .intValue(), answers.get(column) + " gives the result of the README's column " + table.columns().get(column));
                double[] paper = papers.get(row.paper());
                int printed = PrintedPages.print(chrome, paper[0], paper[1]).size();
                if (printed != row.pages().get(column)) {
                    wrong.add("README.md:" + row.line() + ": " + row.quiz() + " quiz on " + row.paper() + ", " + table.columns().get(column)
                            + ": the README says " + row.pages().get(column) + " pages, Chromium prints " + printed);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "the README's table of printed pages is out of date:\n" + String.join("\n", wrong));
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    /** Each page but the last of the page at that address, on A4 and on Letter, more than a quarter blank at its foot. */
    private static List<String> gaps(String address) {
        chrome.get("about:blank");
        chrome.get(base + address);
        List<String> gaps = new ArrayList<>();
        for (double[] paper : PAPER) {
            List<PrintedGlyphs.Page> pages = PrintedGlyphs.print(chrome, paper[0], paper[1]);
            for (int page = 0; page < pages.size() - 1; page++) {
                if (pages.get(page).blankAtFoot() > 0.25) {
                    gaps.add(String.format(Locale.ROOT, "%s on %s x %s cm: page %d of %d is %.0f %% blank at its foot",
                            address, paper[0], paper[1], page + 1, pages.size(), 100 * pages.get(page).blankAtFoot()));
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
                      const sup = a.parentElement, digit = a.firstChild;
                      // The text right before the number, in the span that keeps a word such as "CMS-u" whole too.
                      let before = sup.previousSibling;
                      while (before.nodeType !== Node.TEXT_NODE) before = before.lastChild;
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
