package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phone reader who has set the browser's text size to 200 % (Chromium's font size setting, 32 px in place of
 * 16): every line of the quizzes and articles stays on the 390 px screen, none cut off at its right edge or
 * reached only by scrolling sideways (WCAG 1.4.4, resize text).
 */
class LargeTextBrowserTest extends PreviewBrowserTest {
    /** Everything in the page's main area whose right edge is past the window's, with where it ends. */
    private static final String PAST_THE_EDGE = """
            scrollTo(0, 0);
            const past = [...document.querySelectorAll('main *')]
              .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 1)
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/ +/g, '.') : '')
                + ' "' + e.textContent.trim().slice(0, 40) + '" ends at ' + Math.round(e.getBoundingClientRect().right));
            const wide = document.documentElement.scrollWidth;
            return (wide > innerWidth ? ['the page is ' + wide + ' px wide'] : []).concat(past.slice(0, 8));
            """;

    /**
     * Each word in the boxes the selector (the script's argument) picks whose letters lie on more than one line: a word
     * broken mid-word. Measured letter by letter with a Range, whose rectangle for each letter is on its line box. A word
     * here is what no space, hyphen, dash or slash splits, so "co-founder" may break after its hyphen ("e-mailem" the page keeps
     * whole: {@link HyphenatedWordsBrowserTest}).
     */
    private static final String WORDS_BROKEN = """
            const broken = [];
            const range = document.createRange();
            for (const box of document.querySelectorAll(arguments[0])) {
              if (!box.getClientRects().length) continue;
              const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
              for (let text; (text = walker.nextNode());) {
                for (const word of text.textContent.matchAll(/[^\\s\\-\u2013\u2014\\/]+/g)) {
                  const lines = new Set();
                  for (let i = word.index; i < word.index + word[0].length; i++) {
                    range.setStart(text, i);
                    range.setEnd(text, i + 1);
                    const letter = range.getClientRects()[0];
                    if (letter && letter.width) lines.add(Math.round(letter.bottom));
                  }
                  if (lines.size > 1) broken.push(box.tagName.toLowerCase() + (box.className ? '.' + box.className : '') + ' "' + word[0] + '"');
                }
              }
            }
            return broken;
            """;

    /**
     * As {@link #WORDS_BROKEN}, but only the words a line of the page's text could hold: a word broken although the run of
     * letters it belongs to (words tied by no-break spaces, "z wynagrodzeniem") is no wider than the page's column (.wrap),
     * so the box took the room it needed. A longer run ("niezafakturowanych;" with text at 200 %) fits no line of a phone
     * and must break somewhere; a hyphenating browser breaks it with a hyphen. A word also ends at a closing bracket, after
     * which a line may end before an opening one ("28(3)" and "(g)").
     */
    static final String WORDS_BROKEN_THAT_FIT = """
            const broken = [];
            const range = document.createRange();
            const width = (text, from, to) => {
              let sum = 0;
              for (let i = from; i < to; i++) {
                range.setStart(text, i);
                range.setEnd(text, i + 1);
                const letter = range.getClientRects()[0];
                if (letter) sum += letter.width;
              }
              return sum;
            };
            for (const box of document.querySelectorAll(arguments[0])) {
              if (!box.getClientRects().length) continue;
              const column = box.closest('.wrap'), style = getComputedStyle(column);
              const line = column.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
              for (let text; (text = walker.nextNode());) {
                for (const run of text.textContent.matchAll(/[^ \\t\\n]+/g)) {
                  if (width(text, run.index, run.index + run[0].length) > line) continue;
                  for (const word of run[0].matchAll(/[^\\u00a0\\-\u2013\u2014\\/)]+\\)?/g)) {
                    const lines = new Set();
                    for (let i = run.index + word.index; i < run.index + word.index + word[0].length; i++) {
                      range.setStart(text, i);
                      range.setEnd(text, i + 1);
                      const letter = range.getClientRects()[0];
                      if (letter && letter.width) lines.add(Math.round(letter.bottom));
                    }
                    if (lines.size > 1) broken.push(box.tagName.toLowerCase() + ' "' + word[0] + '" of "' + run[0] + '"');
                  }
                }
              }
            }
            return broken;
            """;

    /**
     * Each text in the boxes the selector picks that starts with a comma, a semicolon, a full stop or a date line's "·"
     * (after a no-break space) on a line of its own: "Redakcja przewodnika" then ", na podstawie…", "20 listopada 2026" then "· ".
     */
    private static final String LINE_OPENED_BY_PUNCTUATION = """
            const opened = [];
            const range = document.createRange();
            for (const box of document.querySelectorAll(arguments[0])) {
              const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
              let before = null;
              for (let text; (text = walker.nextNode());) {
                if (!text.textContent.trim()) continue;
                if (before && /^\\u00a0?[,;.·]/.test(text.textContent)) {
                  const at = text.textContent.search(/[,;.·]/);
                  range.setStart(text, at);
                  range.setEnd(text, at + 1);
                  const mark = range.getClientRects()[0];
                  range.setStart(before, before.textContent.trimEnd().length - 1);
                  range.setEnd(before, before.textContent.trimEnd().length);
                  const last = range.getClientRects()[0];
                  if (mark && last && Math.round(mark.bottom) !== Math.round(last.bottom)) opened.push('"' + text.textContent.trim().slice(0, 30) + '" opens a line');
                }
                before = text;
              }
            }
            return opened;
            """;

    /**
     * Answers whose result's advice is a bulleted list ("Ustal granice i porozmawiaj" / "Set boundaries and talk" today),
     * as {@code #a=…}: the band and the ticks that give it are read from the quiz's content file ({@link ContentQuiz}), so
     * an editor's rescoring or retitling does not take the list out of the result's box.
     */
    private static String listAdvice;
    /**
     * Ticks that give a result with a statement that decides one ({@link ContentQuiz#decidedResult}: "threats" and
     * "invoices-late" once, "refuses-to-pay" and "invoices-late" today), as {@code #a=…}; and the statements themselves.
     */
    private static String decided;
    private static String[] decidedResult;
    /** The page's id of the quiz's middle sign ("sign-no-compromise" today), which the statements scroll under the score bar to. */
    private static String middleSign;

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
        ContentQuiz quiz = ContentQuiz.of(site.project().resolve("content"), QuizPageBrowserTest.PL_QUIZ_FILE);
        ContentQuiz.Band list = quiz.bands().stream().filter(b -> b.advice().lines().anyMatch(l -> l.startsWith("- "))).findFirst()
                .orElseThrow(() -> new AssertionError("no result of the quiz advises in a bulleted list: " + quiz.bands()));
        listAdvice = "#a=" + String.join(",", quiz.ticksFor(list));
        decidedResult = quiz.decidedResult();
        decided = "#a=" + String.join(",", decidedResult);
        middleSign = "sign-" + quiz.signIds().get(quiz.signIds().size() / 2);
    }

    @AfterEach
    void normalText() {
        textSize(16);
    }

    /** The quizzes with a result (the badge of a statement that decides, the table of results) and the articles (their date line). */
    @Test
    void nothingRunsOffAPhonesScreenWithTextAt200Percent() throws IOException {
        for (String page : List.of(QuizPageBrowserTest.PL_QUIZ + decided, QuizPageBrowserTest.EN_QUIZ + decided,
                "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/", "/en/how-to-end-a-client-relationship-in-3-steps/",
                "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/", "/en/5-signs-its-time-to-fire-a-client/")) {
            chrome.manage().window().setSize(new Dimension(390, 900));
            chrome.get("about:blank");
            textSize(32);
            chrome.get(base + page);
            assertEquals(List.of(), js(PAST_THE_EDGE), page + " at 390 px with text at 200 %");
        }
        js("document.querySelector('.meta').scrollIntoView()");
        screenshot("en-article-date-line-large-text-390");
        chrome.get(base + QuizPageBrowserTest.PL_QUIZ + "#a=" + decidedResult[0]);
        js("document.querySelector('tr.is-current').scrollIntoView()");
        screenshot("pl-quiz-table-large-text-390");
    }

    /**
     * With text at 200 % a 390 px phone's line holds some eleven letters of a bold heading: "freelancerów" in the quiz's
     * title, "Porozumienie" in a sign's, and the badge's "porozmawiaj”" were broken in two without a hyphen (Chromium
     * on Linux hyphenates nothing). The headings keep to a size their words fit and the badge wraps between its words.
     */
    @Test
    void noWordOfAHeadingOrABadgeBreaksWithTextAt200Percent() throws IOException {
        for (String page : List.of(QuizPageBrowserTest.PL_QUIZ + decided, QuizPageBrowserTest.EN_QUIZ + decided,
                "/pl/", "/en/", "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/", "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/",
                "/en/how-to-end-a-client-relationship-in-3-steps/", "/pl/o-przewodniku/")) {
            chrome.manage().window().setSize(new Dimension(390, 900));
            chrome.get("about:blank");
            textSize(32);
            chrome.get(base + page);
            assertEquals(List.of(), js(WORDS_BROKEN, "main h1, main h2, main h3, main .quiz-decides"), page + " at 390 px with text at 200 %: words broken mid-word");
        }
        chrome.get(base + QuizPageBrowserTest.PL_QUIZ + decided);
        screenshot("pl-quiz-title-large-text-390");
        dark("pl-quiz-title-large-text-390-dark");
        js("document.querySelector('.quiz-decides').scrollIntoView({block: 'center'})");
        screenshot("pl-quiz-badge-large-text-390");
        dark("pl-quiz-badge-large-text-390-dark");
    }

    /**
     * With text at 200 % a 390 px phone's line holds some ten letters of body text, and the boxes inside it took a fifth of
     * that again: the Polish notice quoted in the 3-steps article broke "wypowiedzenia" and "przewidzianego", the result's
     * advice "przeprowadź" and "dostępowe", a statement "zaakceptowanym". The boxes give up their padding and indent there.
     * The notice's "zdecydowałem/zdecydowałam," (some 530 px, one word to Chromium, which breaks no line after a slash
     * between letters) fits no phone's line: the page's typography lets it break after the slash.
     */
    @Test
    void noWordOfTheTextInABoxBreaksWithTextAt200Percent() throws IOException {
        String boxes = "main blockquote, main .quiz-item, main .quiz-sign-note, main .quiz-band, main .quiz-advice, main .quiz-decides-rule";
        List<String> broken = new ArrayList<>();
        for (String page : List.of(QuizPageBrowserTest.PL_QUIZ + decided, QuizPageBrowserTest.PL_QUIZ, QuizPageBrowserTest.EN_QUIZ + decided,
                "/en/how-to-end-a-client-relationship-in-3-steps/", "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/")) {
            chrome.manage().window().setSize(new Dimension(390, 900));
            chrome.get("about:blank");
            textSize(32);
            chrome.get(base + page);
            for (Object word : (List<?>) js(WORDS_BROKEN, boxes)) {
                broken.add(page + " " + word);
            }
        }
        js("document.querySelector('blockquote').scrollIntoView()");
        screenshot("pl-article-notice-large-text-390");
        dark("pl-article-notice-large-text-390-dark");
        chrome.get(base + QuizPageBrowserTest.PL_QUIZ + decided);
        js("document.querySelector('.quiz-band').scrollIntoView()");
        screenshot("pl-quiz-advice-large-text-390");
        dark("pl-quiz-advice-large-text-390-dark");
        js("document.querySelector('[id$=' + arguments[0] + ']').scrollIntoView({block: 'center'})", decidedResult[0]);
        screenshot("pl-quiz-statement-large-text-390");
        assertEquals(List.of(), broken, "at 390 px with text at 200 %: words broken mid-word");
    }

    /**
     * The whole of each page's column (.wrap): with text at 200 % on a 390 px phone the articles' list indent broke
     * "nieproporcjonalna", the bio's padding the domain name "BloggersIdeas.com", and each group's score, kept on one line
     * beside its link, left the link some 60 px, a letter or two a line ("1. P", "łatn", "ości"). The date line's author
     * part, the label tied to the name by a no-break space, broke "Redakc|ja", and a footnote's number, a link of the text
     * (which may break anywhere, for long addresses), broke "17" as "1" and "7". A word whose line could hold it is not
     * broken, and the comma after the author's name does not open a line.
     */
    @Test
    void noWordThatFitsItsLineBreaksAnywhereOnThePageWithTextAt200Percent() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String page : List.of(QuizPageBrowserTest.PL_QUIZ + decided, QuizPageBrowserTest.EN_QUIZ + decided,
                QuizPageBrowserTest.PL_QUIZ + listAdvice, QuizPageBrowserTest.EN_QUIZ + listAdvice,
                "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/", "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/",
                "/en/how-to-end-a-client-relationship-in-3-steps/", "/en/5-signs-its-time-to-fire-a-client/")) {
            chrome.manage().window().setSize(new Dimension(390, 900));
            chrome.get("about:blank");
            textSize(32);
            chrome.get(base + page);
            for (Object word : (List<?>) js(WORDS_BROKEN_THAT_FIT, "main .wrap")) {
                broken.add(page + " " + word);
            }
            for (Object comma : (List<?>) js(LINE_OPENED_BY_PUNCTUATION, "main .meta")) {
                broken.add(page + " " + comma);
            }
            for (Object number : (List<?>) js(FootnotesBrowserTest.NUMBERS_STARTING_A_LINE)) {
                broken.add(page + " footnote " + number);
            }
        }
        chrome.get(base + QuizPageBrowserTest.PL_QUIZ + listAdvice);
        js("document.querySelector('.quiz-band ul').scrollIntoView({block: 'center'})");
        screenshot("pl-quiz-talk-advice-large-text-390");
        chrome.get(base + "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/");
        js("document.querySelector('.meta a').scrollIntoView({block: 'center'})");
        screenshot("pl-article-date-line-large-text-390");
        chrome.get(base + "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/");
        js("document.getElementById('fnref-17').scrollIntoView({block: 'center'})");
        screenshot("pl-article-footnote-17-large-text-390");
        chrome.get(base + QuizPageBrowserTest.PL_QUIZ + decided);
        js("document.querySelector('.quiz-breakdown').scrollIntoView()");
        screenshot("pl-quiz-breakdown-large-text-390");
        dark("pl-quiz-breakdown-large-text-390-dark");
        assertEquals(List.of(), broken, "at 390 px with text at 200 %: words broken mid-word that their line could hold, or a line opened by a comma or a footnote's number");
    }

    /**
     * The score bar sticks to the foot of the screen while the statements scroll under it, but with text at 200 % on a
     * phone it grew to five lines, a quarter of the screen: there it stays in its place, after the statements; at the
     * text's usual size, on a phone and a desktop, it still follows the reader.
     */
    @Test
    void theScoreBarCoversNoMoreThanAFewLinesOfAPhoneWithLargeText() throws IOException {
        String page = QuizPageBrowserTest.PL_QUIZ + decided;
        for (int[] screen : new int[][]{{390, 32}, {390, 16}, {1280, 16}}) {
            chrome.manage().window().setSize(new Dimension(screen[0], 900));
            chrome.get("about:blank");
            textSize(screen[1]);
            chrome.get(base + page);
            double covered = ((Number) js("""
                    document.getElementById(arguments[0]).scrollIntoView({block: 'start'});
                    const r = document.querySelector('[data-quiz-bar]').getBoundingClientRect();
                    return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / innerHeight;""", middleSign)).doubleValue();
            if (screen[1] == 32) {
                assertEquals(0, covered, 0.001, "at 390 px with text at 200 %, the bar over the statements covers this share of the screen");
                screenshot("pl-quiz-bar-large-text-390");
                dark("pl-quiz-bar-large-text-390-dark");
            } else {
                assertTrue(covered > 0.02 && covered < 0.12, screen[0] + " px, usual text: the bar follows the reader, in a line or two: " + covered);
            }
        }
        screenshot("pl-quiz-bar-1280");
        chrome.manage().window().setSize(new Dimension(390, 900));
        chrome.get("about:blank");
        textSize(32);
        chrome.get(base + page);
        js("document.querySelector('[data-quiz-bar]').scrollIntoView({block: 'center'})");
        screenshot("pl-quiz-bar-in-place-large-text-390");
    }

    private static void textSize(int pixels) {
        chrome.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", pixels, "fixed", pixels * 13 / 16)));
    }
}
