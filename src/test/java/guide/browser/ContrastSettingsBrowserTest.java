package guide.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import javax.imageio.ImageIO;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site's quiz read with the system's contrast settings: Windows high contrast (forced colours), which drops
 * every background and shadow, and "more contrast", which asks for edges that can be seen.
 */
class ContrastSettingsBrowserTest extends PreviewBrowserTest {
    private static final String EN_QUIZ = "/en/is-it-time-to-fire-this-client/";
    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    @AfterEach
    void defaultSettings() {
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    /** In high contrast the sticky score bar keeps an edge: without it, the statements scrolling under it ran into the score. */
    @Test
    void inForcedColoursTheScoreBarHasAnEdge() throws IOException {
        emulate("forced-colors", "active");
        open(1280, 900);
        js("document.getElementById('q-reminders-needed').scrollIntoView({block: 'center'})");
        assertEquals("2px solid", js("const s = getComputedStyle(document.querySelector('[data-quiz-bar]'));"
                + "return s.borderTopWidth + ' ' + s.borderTopStyle"), "the bar's top edge");
        screenshot("en-quiz-forced-colours-bar");
    }

    /** In high contrast the row of the reader's result is still marked, by a bar down its left, as in colour. */
    @Test
    void inForcedColoursTheRowOfTheResultIsStillMarked() throws IOException {
        emulate("forced-colors", "active");
        open(1280, 900);
        js("document.getElementById('q-threats').click()");
        String firstCellEdges = "return [...document.querySelectorAll('.quiz-bands tbody tr')].map(r => (r.classList.contains('is-current')"
                + " ? 'current ' : '') + getComputedStyle(r.firstElementChild).borderLeftWidth).join(', ')";
        assertEquals("0px, 0px, current 6px", js(firstCellEdges), "the left edge of each row of results");
        js("document.querySelector('.quiz-bands tr.is-current').scrollIntoView({block: 'center'})");
        screenshot("en-quiz-forced-colours-current-band");
    }

    /**
     * In high contrast a ticked statement is marked beyond its checkbox, as its tint and bar mark it in colour: the row
     * ticked and unticked differs away from the box (and its focus ring) by at least a bar down its side.
     */
    @Test
    void inForcedColoursATickedStatementIsMarkedBeyondItsBox() throws IOException {
        emulate("forced-colors", "active");
        open(1280, 900);
        WebElement row = chrome.findElement(By.cssSelector(".quiz-item:has(#q-reminders-needed)"));
        js("arguments[0].scrollIntoView({block: 'center'})", row);
        BufferedImage unticked = image(row);
        js("document.getElementById('q-reminders-needed').click(); document.activeElement.blur()");
        BufferedImage ticked = image(row);
        WebElement box = chrome.findElement(By.id("q-reminders-needed"));
        Rectangle beside = new Rectangle(box.getRect().x - row.getRect().x - 6, box.getRect().y - row.getRect().y - 6,
                box.getRect().width + 12, box.getRect().height + 12);
        int differ = differingPixels(unticked, ticked, beside);
        assertTrue(differ >= 2 * ticked.getHeight(), "pixels of the ticked row that differ from the unticked one away from its box: " + differ
                + " (a bar down its side takes " + 2 * ticked.getHeight() + " or more)");
        screenshot("en-quiz-forced-colours-ticked");
    }

    /** In high contrast the header's Search button looks pressed while its panel is open, as it does in colour. */
    @Test
    void inForcedColoursTheSearchButtonLooksPressedWhileItsPanelIsOpen() throws IOException {
        emulate("forced-colors", "active");
        open(1280, 900);
        js("window.scrollTo(0, 0)");
        WebElement button = chrome.findElement(By.cssSelector(".search-toggle"));
        BufferedImage closed = image(button);
        js("arguments[0].click()", button);
        Browser.waitUpTo(chrome, Duration.ofSeconds(5)).until(d -> "true".equals(button.getDomAttribute("aria-expanded")));
        BufferedImage opened = image(button);
        int differ = differingPixels(closed, opened, new Rectangle());
        int all = opened.getWidth() * opened.getHeight();
        assertTrue(differ > all / 2, "pixels of the open panel's button that differ from the closed one's: " + differ + " of " + all);
        screenshot("en-quiz-forced-colours-search-open");
        new Actions(chrome).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals(button, chrome.switchTo().activeElement(), "Shift+Tab from the field");
        screenshot("en-quiz-forced-colours-search-open-focused");
    }

    /** In high contrast the links drawn as buttons (the root page's languages, the home page's quiz) keep their outline. */
    @Test
    void inForcedColoursLinksDrawnAsButtonsKeepTheirShape() throws IOException {
        emulate("forced-colors", "active");
        chrome.manage().window().setSize(new Dimension(1280, 900));
        for (String page : List.of("/", "/en/")) {
            chrome.get(base + page);
            List<WebElement> links = chrome.findElements(By.cssSelector(".language-choice a, .quiz-teaser .button"));
            assertEquals("/".equals(page) ? 2 : 1, links.size(), page + ": links drawn as buttons");
            for (WebElement link : links) {
                assertEquals("1px solid", link.getCssValue("border-top-width") + " " + link.getCssValue("border-top-style"),
                        page + ": the outline of '" + link.getText() + "'");
            }
        }
        screenshot("en-home-forced-colours-quiz-teaser");
    }

    /** Asking for more contrast: the quiz's buttons and statement cards have edges of at least 3:1 (WCAG 1.4.11), light and dark. */
    @Test
    void moreContrastGivesButtonsAndCardsVisibleEdges() throws IOException {
        for (String scheme : List.of("light", "dark")) {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                    Map.of("name", "prefers-contrast", "value", "more"), Map.of("name", "prefers-color-scheme", "value", scheme))));
            open(1280, 900);
            String page = (String) js("return getComputedStyle(document.body).backgroundColor");
            for (String selector : List.of("[data-quiz-print]", "button[type=reset]", ".quiz-sign")) {
                String edge = (String) js("return getComputedStyle(document.querySelector(arguments[0])).borderTopColor", selector);
                double ratio = contrast(edge, page);
                assertTrue(ratio >= 3, scheme + ": the edge of " + selector + " (" + edge + " on " + page + ") is " + ratio + ":1");
            }
        }
        screenshot("en-quiz-more-contrast-dark");
    }

    /** What the element looks like now, as the screen shows it. */
    private static BufferedImage image(WebElement element) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
    }

    /** How many pixels of two pictures of one element differ, those inside {@code except} left out. */
    private static int differingPixels(BufferedImage a, BufferedImage b, Rectangle except) {
        assertEquals(a.getWidth() + "x" + a.getHeight(), b.getWidth() + "x" + b.getHeight(), "the element kept its size");
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (!except.contains(x, y) && a.getRGB(x, y) != b.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        return differ;
    }

    private static void emulate(String feature, String value) {
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", feature, "value", value))));
    }

    private static void open(int width, int height) {
        chrome.manage().window().setSize(new Dimension(width, height));
        chrome.get(base + EN_QUIZ);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.cssSelector("[data-quiz-status]")).getText().isBlank());
    }

    /** The WCAG contrast ratio of two computed colours, rgb(r, g, b). */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return Math.round((Math.max(la, lb) + .05) / (Math.min(la, lb) + .05) * 100) / 100.0;
    }

    private static double luminance(String rgb) {
        Matcher m = RGB.matcher(rgb);
        assertTrue(m.find(), rgb);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(m.group(i + 1)) / 255.0;
            c[i] = v <= .04045 ? v / 12.92 : Math.pow((v + .055) / 1.055, 2.4);
        }
        return .2126 * c[0] + .7152 * c[1] + .0722 * c[2];
    }
}
