package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A common word typed without a space on the real site ("the", "przy"): it is searched for the words it begins
 * ("them", "przypomnieniach"), and the line under the box says so, in agreement with "the " (done), which says
 * common words are not searched.
 */
class SearchCommonWordBrowserTest extends PreviewBrowserTest {
    private static final By RESULTS = By.cssSelector("[data-search-results] > li");

    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    @Test
    void anUnfinishedCommonWordSaysItFoundTheWordsItBegins() throws IOException {
        for (String[] q : List.of(
                new String[]{"/en/", "the", " – \u201cthe\u201d counts only as the start of a longer word (on its own it is a common word and is not searched)",
                        "Keep typing: single letters and common words such as \u201cthe\u201d are not searched."},
                new String[]{"/pl/", "przy", " – \u201eprzy\u201d szukane tylko jako początek dłuższych słów (samo \u201eprzy\u201d to częste słowo, które wyszukiwarka pomija)",
                        "Pisz dalej: wyszukiwarka pomija pojedyncze litery i częste słowa, takie jak \u201ei\u201d czy \u201ena\u201d."})) {
            for (int width : List.of(390, 1280)) {
                chrome.manage().window().setSize(new Dimension(width, 900));
                WebElement input = openSearch(q[0]);
                input.sendKeys(q[1]);
                WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
                Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !d.findElements(RESULTS).isEmpty() && !status.getText().isBlank());
                String said = status.getText().replace('\u00a0', ' ');
                assertTrue(said.matches("\\d+ \\p{L}+" + Pattern.quote(q[2])), "'" + q[1] + "': " + said);
                List<String> marked = chrome.findElements(By.cssSelector("[data-search-results] mark")).stream()
                        .map(m -> m.getText().toLowerCase(Locale.ROOT)).toList();
                assertFalse(marked.isEmpty(), "the words it begins are marked");
                assertTrue(marked.stream().allMatch(m -> m.startsWith(q[1]) && !m.equals(q[1])), "'" + q[1] + "' itself is not what was found: " + marked);
                screenshot(q[0].replace("/", "") + "-search-common-word-" + width);
                if (width == 390) {
                    dark(q[0].replace("/", "") + "-search-common-word-390-dark");
                }

                input.sendKeys(" ");
                Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(RESULTS).isEmpty());
                assertEquals(q[3], status.getText().replace('\u00a0', ' '), "'" + q[1] + " ': the word is done, and not searched");
                input.sendKeys(Keys.BACK_SPACE, "m");
                if (q[1].equals("the")) {
                    Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !d.findElements(RESULTS).isEmpty());
                    assertTrue(status.getText().replace('\u00a0', ' ').matches("\\d+ results?"), "'them' is a word of its own: " + status.getText());
                }
            }
        }
    }

    private static WebElement openSearch(String page) {
        chrome.get(base + page);
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        return Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
    }
}
