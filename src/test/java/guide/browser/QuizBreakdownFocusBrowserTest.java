package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tabbed to, a group's link in the quiz result's breakdown ("1. Płatności") shows its whole focus ring, with the page's
 * background between the ring's lower side and the group's bar. On a phone the bar was drawn over the ring's lower side:
 * the browser painted the bar some pixels above the box the layout gave it. Read from the pixels, as a reader sees it,
 * down the middle of each link: the ring's rows in the focus colour, then background, then the bar.
 */
class QuizBreakdownFocusBrowserTest extends PreviewBrowserTest {
    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    @Test
    void aBreakdownLinksWholeFocusRingStandsClearOfItsBar() throws IOException {
        for (int width : List.of(390, 1280)) {
            chrome.manage().window().setSize(new Dimension(width, 900));
            chrome.get("about:blank");
            chrome.get(base + "/pl/test-czy-rozstac-sie-z-klientem/#a=invoices-late");
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("[data-quiz-breakdown] meter")).isEmpty());
            for (WebElement link : chrome.findElements(By.cssSelector("[data-quiz-breakdown] a"))) {
                js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", link);
                assertEquals(true, js("return arguments[0].matches(':focus-visible')", link), link.getText());
                String where = width + " px, \"" + link.getText() + "\": ";
                assertRingClearOfBar(link, where);
            }
            js("const a = document.querySelector('[data-quiz-breakdown] a'); a.scrollIntoView({block: 'center'}); a.focus()");
            screenshot("pl-quiz-breakdown-focus-" + width);
            dark("pl-quiz-breakdown-focus-" + width + "-dark");
        }
    }

    /** Down the link's middle, from its box's bottom to below its bar: three rows of ring, then background, then the bar. */
    private static void assertRingClearOfBar(WebElement link, String where) throws IOException {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("const a = arguments[0], r = a.getBoundingClientRect(), m = a.closest('li').querySelector('meter')"
                + ".getBoundingClientRect(), c = getComputedStyle(a).outlineColor.match(/\\d+/g).map(Number);"
                + " return [Math.round(r.left + r.width / 2), Math.ceil(r.bottom), Math.round(m.bottom) + 4, c[0], c[1], c[2]]", link);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(chrome.getScreenshotAs(OutputType.BYTES)));
        int x = at.get(0).intValue();
        int focus = at.get(3).intValue() << 16 | at.get(4).intValue() << 8 | at.get(5).intValue();
        int background = shot.getRGB(x, at.get(2).intValue()) & 0xffffff;
        int ringRows = 0;
        int ringLast = -1;
        int barFirst = -1;
        for (int y = at.get(1).intValue(); y < at.get(2).intValue() && barFirst < 0; y++) {
            int pixel = shot.getRGB(x, y) & 0xffffff;
            if (near(pixel, focus)) {
                ringRows++;
                ringLast = y;
            } else if (ringLast >= 0 && !near(pixel, background)) {
                barFirst = y;
            }
        }
        assertTrue(ringRows >= 3, where + "the focus ring's lower side shows " + ringRows + " of its 3 rows of pixels");
        assertTrue(barFirst - ringLast >= 2, where + "the bar starts at row " + barFirst + ", touching the focus ring, which ends at row " + ringLast);
    }

    private static boolean near(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d += Math.abs((a >> shift & 0xff) - (b >> shift & 0xff));
        }
        return d < 40;
    }
}
