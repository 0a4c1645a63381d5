package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The boxes that send a reader on, as they look: the home pages' quiz teaser (title, summary, "Take the
 * quiz") sits in its box with as much room under its button as over its title, and the root pages' language
 * buttons ("Przejdź na polską stronę główną") never wrap to leave one word alone on a line.
 */
class CallToActionBrowserTest extends PreviewBrowserTest {
    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    /** The teaser's box is as deep under its button as over its title: the last paragraph's margin once doubled the bottom (17 px over, 38 under). */
    @Test
    void theQuizTeaserHasAsMuchRoomUnderItsButtonAsOverItsTitle() throws IOException {
        for (String page : List.of("/pl/", "/en/")) {
            for (int width : List.of(390, 1280)) {
                open(page, width);
                WebElement teaser = chrome.findElement(By.cssSelector(".quiz-teaser"));
                double over = ((Number) js("return arguments[0].querySelector('h2').getBoundingClientRect().top"
                        + " - arguments[0].getBoundingClientRect().top", teaser)).doubleValue();
                double under = ((Number) js("return arguments[0].getBoundingClientRect().bottom"
                        + " - arguments[0].querySelector('.button').getBoundingClientRect().bottom", teaser)).doubleValue();
                assertTrue(Math.abs(over - under) <= 4, page + " at " + width + " px: " + Math.round(over)
                        + " px over the title, " + Math.round(under) + " px under the button");
            }
            screenshot(page.replace("/", "") + "-quiz-teaser-1280");
            dark(page.replace("/", "") + "-quiz-teaser-1280-dark");
        }
    }

    /** The language buttons of the root page and the root 404, from a phone to a wide screen: no line of a button is one lone word. */
    @Test
    void noLanguageButtonLeavesOneWordAloneOnALine() throws IOException {
        for (String page : List.of("/", "/404.html")) {
            for (int width : List.of(390, 640, 800, 1280)) {
                open(page, width);
                for (WebElement button : chrome.findElements(By.cssSelector(".language-choice a"))) {
                    @SuppressWarnings("unchecked")
                    List<String> lines = (List<String>) js(RenderedLines.SCRIPT, button);
                    for (String line : lines) {
                        assertFalse(lines.size() > 1 && !line.contains(" "), page + " at " + width + " px: " + lines);
                    }
                }
            }
        }
        open("/404.html", 1280);
        screenshot("root-404-buttons-1280");
        open("/404.html", 390);
        dark("root-404-buttons-390-dark");
    }

    private static void open(String page, int width) {
        chrome.manage().window().setSize(new Dimension(width, 900));
        chrome.get(base + page);
    }
}
