package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A reader on a narrow phone: every kind of page (the language chooser, home, articles, quizzes with a result, archive,
 * about, not-found, search) read at 320 px (WCAG 1.4.10, reflow), and at 320 and 390 px with the browser's text at 200 %
 * (WCAG 1.4.4): the page never scrolls sideways, and no letter lies past the screen's edge or outside a box that clips
 * it. Text whose box is hidden on purpose (visually hidden labels, the footer's cut-off "·" separators, marked
 * aria-hidden) does not count; text in a box that scrolls sideways is reached by scrolling it, and does not count either.
 */
class ReflowBrowserTest extends PreviewBrowserTest {
    /** The page's width if wider than the window, then each text fragment out of sight, with where it lies. */
    private static final String OUT_OF_SIGHT = """
            scrollTo(0, 0);
            const found = document.documentElement.scrollWidth > innerWidth ? ['the page is ' + document.documentElement.scrollWidth + ' px wide'] : [];
            const range = document.createRange();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let text; (text = walker.nextNode());) {
              if (!text.textContent.trim() || !text.parentElement.getClientRects().length) continue;
              let left = 0, right = innerWidth, hidden = false;
              for (let e = text.parentElement; e && e !== document.documentElement; e = e.parentElement) {
                const style = getComputedStyle(e);
                if (e.getAttribute('aria-hidden') === 'true' || style.clipPath !== 'none' || style.visibility === 'hidden') hidden = true;
                if (style.overflowX === 'auto' || style.overflowX === 'scroll') hidden = true;
                if (style.overflowX === 'hidden' || style.overflowX === 'clip') {
                  const box = e.getBoundingClientRect();
                  left = Math.max(left, box.left + e.clientLeft);
                  right = Math.min(right, box.left + e.clientLeft + e.clientWidth);
                }
              }
              if (hidden) continue;
              range.selectNodeContents(text);
              for (const r of range.getClientRects()) {
                if (r.width && (r.left < left - 1 || r.right > right + 1)) {
                  found.push(text.parentElement.tagName.toLowerCase() + ' "' + text.textContent.trim().slice(0, 30) + '" lies at '
                    + Math.round(r.left) + '..' + Math.round(r.right) + ', seen ' + Math.round(left) + '..' + Math.round(right));
                  break;
                }
              }
            }
            return found.slice(0, 8);
            """;

    private static final List<String> PAGES = List.of("/", "/404.html", "/pl/", "/en/",
            "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/", "/en/how-to-end-a-client-relationship-in-3-steps/",
            "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/", "/en/5-signs-its-time-to-fire-a-client/",
            QuizPageBrowserTest.PL_QUIZ + "#a=threats,invoices-late", QuizPageBrowserTest.EN_QUIZ + "#a=threats,invoices-late",
            "/pl/artykuly/", "/en/articles/", "/pl/o-przewodniku/", "/en/about/", "/pl/404.html", "/en/404.html",
            "/pl/search/?q=faktura", "/en/search/?q=invoice");

    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    /**
     * At 320 px with text at 200 % the home page's and the archive's cards, and the root's language boxes, were as wide
     * as their longest word ("i przygotowanie,"), the card's date kept whole ran past its edge, and the footer's
     * "Articles and quizzes", too long for the line beside its separator, went down under the clipped separator: "ticles
     * and quizzes".
     */
    @Test
    void noPageScrollsSidewaysOrCutsOffTextOnANarrowPhone() throws IOException {
        List<String> found = new ArrayList<>();
        for (int[] screen : new int[][]{{320, 16}, {320, 32}, {390, 32}}) {
            for (String page : PAGES) {
                load(screen, page);
                for (Object text : (List<?>) js(OUT_OF_SIGHT)) {
                    found.add(screen[0] + " px, text " + screen[1] * 100 / 16 + " %, " + page + ": " + text);
                }
            }
        }
        int[] small = {320, 32};
        load(small, "/en/articles/");
        js("document.querySelector('.card').scrollIntoView()");
        screenshot("en-archive-card-large-text-320");
        dark("en-archive-card-large-text-320-dark");
        load(small, "/en/");
        js("document.querySelector('.footer-links').scrollIntoView({block: 'center'})");
        screenshot("en-footer-large-text-320");
        dark("en-footer-large-text-320-dark");
        load(small, "/");
        screenshot("root-large-text-320");
        assertEquals(List.of(), found, "text out of the reader's sight, or a page scrolling sideways");
    }

    /**
     * At 320 px with text at 200 % a card's padding of 1.25rem a side left its text some six letters a line, and the
     * archive's "statements" and the home page's "zaplanować" broke mid-word although the column could hold them.
     */
    @Test
    void noWordOfACardBreaksThatItsLineCouldHoldAt320PxWithTextAt200Percent() throws IOException {
        List<String> broken = new ArrayList<>();
        int[] small = {320, 32};
        for (String page : List.of("/pl/", "/en/", "/pl/artykuly/", "/en/articles/")) {
            load(small, page);
            for (Object word : (List<?>) js(LargeTextBrowserTest.WORDS_BROKEN_THAT_FIT, "main .card")) {
                broken.add(page + " " + word);
            }
        }
        assertEquals(List.of(), broken, "at 320 px with text at 200 %: a card's words broken mid-word that their line could hold");
    }

    private static void load(int[] screen, String page) {
        chrome.manage().window().setSize(new Dimension(screen[0], 900));
        chrome.get("about:blank");
        chrome.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", screen[1], "fixed", screen[1] * 13 / 16)));
        chrome.get(base + page);
    }
}
