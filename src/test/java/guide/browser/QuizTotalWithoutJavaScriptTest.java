package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With JavaScript off, on a host that sends the site's own headers (its Content Security Policy among them), the quiz shows the points ticked so far, added up by the stylesheet, the same in every language,
 * on screen and on paper. The number is CSS-generated content, which neither WebDriver's text nor getComputedStyle
 * (it gives "counter(quiz-total)") reads: the text is read from Chromium's layout, as it is painted.
 */
class QuizTotalWithoutJavaScriptTest {
    static HostRulesServer host;
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws IOException {
        host = new HostRulesServer(ProjectFixture.builtSite(), true);
        chrome = Browser.start(false);
    }

    @AfterAll
    static void quit() {
        chrome.quit();
        host.close();
    }

    @Test
    void theTotalFollowsTheTickedStatementsInEveryLanguage() {
        for (String[] page : List.of(new String[]{"pl/test-klienta/", "Suma punktów zaznaczonych zdań: %d z 13"},
                new String[]{"en/client-quiz/", "Your total so far: %d of 13"})) {
            open(page[0]);
            assertTrue(chrome.findElement(By.cssSelector("[data-quiz-total]")).isDisplayed(), page[0]);
            assertEquals(page[1].formatted(0), total(), page[0] + ": nothing ticked");
            tick("reminded");
            tick("shouts");
            assertEquals(page[1].formatted(6), total(), page[0] + ": 2 + 4 points ticked");
            tick("reminded");
            tick("refuses");
            tick("late");
            assertEquals(page[1].formatted(8), total(), page[0] + ": 'reminded' unticked, 4 + 3 + 1 ticked");
        }
    }

    @Test
    void theTotalPrintsOnlyWhenSomethingIsTicked() {
        open("pl/test-klienta/");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(chrome.findElement(By.cssSelector("[data-quiz-total]")).isDisplayed(), "a blank sheet to score by hand has no total");
            tick("slow");
            assertTrue(chrome.findElement(By.cssSelector("[data-quiz-total]")).isDisplayed(), "what was ticked on screen prints with its total");
            assertEquals("Suma punktów zaznaczonych zdań: 1 z 13", total());
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theTotalKeepsItsNumberWithItsMaximumOnAPhone() {
        open("pl/test-klienta/");
        tick("shouts");
        List<Integer> split = new java.util.ArrayList<>();
        try {
            for (int width = 320; width <= 480; width += 5) {
                chrome.manage().window().setSize(new Dimension(width, 900));
                Number gap = (Number) chrome.executeScript("""
                        const line = document.querySelector('[data-quiz-total-line]');
                        const score = line.querySelector('[data-quiz-total-score]').getBoundingClientRect();
                        const texts = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
                        let last = null;
                        while (texts.nextNode()) {
                            if (texts.currentNode.length) {
                                last = texts.currentNode;
                            }
                        }
                        const range = document.createRange();
                        range.setStart(last, last.length - 1);
                        range.setEnd(last, last.length);
                        return Math.abs(range.getBoundingClientRect().bottom - score.bottom);""");
                if (gap.doubleValue() > 2) {
                    split.add(width);
                }
            }
        } finally {
            chrome.manage().window().setSize(new Dimension(1280, 900));
        }
        assertEquals(List.of(), split, "window widths (px) at which the line breaks between the score and 'z 13', "
                + "leaving the number at the end of one line and its maximum alone on the next");
    }

    private static void open(String page) {
        chrome.get(host.base() + "/" + page);
    }

    private static void tick(String id) {
        WebElement box = chrome.findElement(By.id("q-" + id));
        chrome.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
    }

    /** The total's line ([data-quiz-total-line], without the note under it) as painted. */
    private static String total() {
        return PaintedText.of(chrome, "data-quiz-total-line");
    }
}
