package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printed quiz in black ink, with closed boxes (the real site, under print media): the "Przesądza o wyniku" /
 * "Decides the result" badges and the rule that explains them print black, as the rest of the page, not in the
 * screen's green; and a sign's card, the band's advice box or a quotation that flows across a page break is drawn
 * closed on both pages (each part gets its own border), not left open at the foot of one page and the top of the next.
 */
class PrintedQuizBoxesBrowserTest extends PreviewBrowserTest {
    private static final String BLACK = "rgb(0, 0, 0)";
    private static final List<String> QUIZZES = List.of("/pl/test-czy-rozstac-sie-z-klientem/#a=refuses-to-pay",
            "/en/is-it-time-to-fire-this-client/#a=threats");

    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    /** Each element's computed values of those properties, under print media when {@code print}. */
    @SuppressWarnings("unchecked")
    private static List<String> styles(String address, String selector, boolean print, String... properties) {
        chrome.get("about:blank");
        chrome.get(base + address);
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
        try {
            return (List<String>) js("return [...document.querySelectorAll(arguments[0])].flatMap(e => "
                    + "arguments[1].map(p => selector(e) + ' ' + p + ': ' + getComputedStyle(e)[p]));"
                    + "function selector(e) { return e.className; }", selector, List.of(properties));
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theDecidingBadgesAndTheirRulePrintInBlack() {
        for (String quiz : QUIZZES) {
            List<String> printed = styles(quiz, ".quiz-decides, .quiz-decides-rule", true, "color", "borderTopColor", "borderLeftColor");
            assertTrue(printed.size() > 9, quiz + ": the quiz has badges and their rule: " + printed);
            assertTrue(printed.stream().allMatch(s -> s.endsWith(": " + BLACK)), quiz + ": printed in a colour: " + printed);
            List<String> screen = styles(quiz, ".quiz-decides", false, "color");
            assertFalse(screen.stream().anyMatch(s -> s.endsWith(": " + BLACK)), quiz + ": on screen the badges keep the accent colour: " + screen);
        }
    }

    @Test
    void aCardOrBoxSplitByAPageBreakIsClosedOnBothPages() {
        for (String quiz : QUIZZES) {
            List<String> printed = styles(quiz, ".quiz-sign, .quiz-band", true, "boxDecorationBreak");
            assertEquals(6, printed.size(), quiz + ": five sign cards and the band's advice: " + printed);
            assertTrue(printed.stream().allMatch(s -> s.endsWith(": clone")), quiz + ": " + printed);
        }
        List<String> quotation = styles("/en/how-to-end-a-client-relationship-in-3-steps/", ".prose blockquote", true, "boxDecorationBreak");
        assertFalse(quotation.isEmpty(), "the article quotes its sample message");
        assertTrue(quotation.stream().allMatch(s -> s.endsWith(": clone")), "a printed quotation flows across a page break: " + quotation);
    }
}
