package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The quiz result's buttons ("Link do tego wyniku", "Kopiuj link", "Drukuj wynik", "Wyczyść odpowiedzi") each keep
 * their label on one line, from a phone to a wide screen, in both languages: at 1280 px "Wyczyść odpowiedzi" was
 * squeezed into the row's last room and broke over two lines. The buttons may wrap, each as a whole.
 */
class QuizResultButtonsBrowserTest extends PreviewBrowserTest {
    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    @Test
    void noButtonOfTheResultBreaksItsLabelOverLines() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String page : List.of(QuizPageBrowserTest.PL_QUIZ, QuizPageBrowserTest.EN_QUIZ)) {
            for (int width : List.of(390, 768, 1024, 1280)) {
                openWithEveryStatementTicked(page, width);
                for (WebElement button : chrome.findElements(By.cssSelector(".quiz-actions > *"))) {
                    @SuppressWarnings("unchecked")
                    List<String> lines = (List<String>) js(RenderedLines.SCRIPT, button);
                    if (lines.size() != 1) {
                        broken.add(page + " at " + width + " px: " + lines);
                    }
                }
                if (width == 390 || width == 1280) {
                    js("document.querySelector('.quiz-actions').scrollIntoView({block: 'center'})");
                    String name = page.split("/")[1] + "-quiz-result-buttons-" + width;
                    screenshot(name);
                    dark(name + "-dark");
                }
            }
        }
        assertEquals(List.of(), broken, "a result's button with its label broken over lines");
    }

    /**
     * Each line of the buttons starts at the row's start, and "Wyczyść odpowiedzi" ends the row's first line when it fits
     * there, apart from the others: at 1280 px the Polish row was a few pixels short, and the button, pushed to the right,
     * wrapped onto a line of its own at the right edge, under empty room, as if it had slipped out of the row.
     */
    @Test
    void aWrappedButtonStartsItsLineAndClearingEndsTheRowWhereItFits() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String page : List.of(QuizPageBrowserTest.PL_QUIZ, QuizPageBrowserTest.EN_QUIZ)) {
            for (int width : List.of(390, 768, 1024, 1280)) {
                openWithEveryStatementTicked(page, width);
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) js(BUTTON_LINES);
                String where = page + " at " + width + " px: " + row.get("lines");
                if (!Boolean.TRUE.equals(row.get("linesStartAtTheRowsStart"))) {
                    wrong.add(where + ", a line starts away from the row's start");
                }
                if (!Boolean.TRUE.equals(row.get("clearingEndsItsLine"))) {
                    wrong.add(where + ", \"" + row.get("clearing") + "\" shares a line but does not end it");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The buttons' labels line by line, each line's left edge against the row's, and whether the reset button ends its line. */
    private static final String BUTTON_LINES = """
            const row = document.querySelector('.quiz-actions');
            const box = row.getBoundingClientRect();
            const style = getComputedStyle(row);
            const start = box.left + parseFloat(style.paddingLeft), end = box.right - parseFloat(style.paddingRight);
            const lines = new Map();
            for (const button of row.children) {
              const r = button.getBoundingClientRect();
              const top = Math.round(r.top);
              if (!lines.has(top)) lines.set(top, []);
              lines.get(top).push({text: button.textContent.trim(), left: r.left, right: r.right});
            }
            const sorted = [...lines.values()].map(l => l.sort((a, b) => a.left - b.left));
            const reset = row.querySelector('button[type="reset"]');
            const shared = lines.get(Math.round(reset.getBoundingClientRect().top)).length > 1;
            return {
              lines: sorted.map(l => l.map(b => b.text + ' @' + Math.round(b.left - start))),
              linesStartAtTheRowsStart: sorted.every(l => Math.abs(l[0].left - start) <= 1),
              clearingEndsItsLine: !shared || Math.abs(reset.getBoundingClientRect().right - end) <= 1,
              clearing: reset.textContent.trim()
            };
            """;

    /** The quiz with every statement ticked, its result shown. */
    private static void openWithEveryStatementTicked(String page, int width) {
        chrome.manage().window().setSize(new Dimension(width, 900));
        chrome.get("about:blank");
        chrome.get(base + page);
        js("document.querySelectorAll('.quiz-item input').forEach(box => box.click())");
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector("[data-quiz-result]")).isDisplayed());
    }
}
