package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search panel from the keyboard, on the search fixture (SearchBrowserTest's): ArrowDown from the field to the first
 * result, ArrowDown and ArrowUp from result to result, ArrowUp from the first back to the field, as well as Tab, Enter and
 * Escape as before.
 */
class SearchKeyboardBrowserTest extends PreviewBrowserTest {
    private static final By TITLES = By.cssSelector("[data-search-results] > li > a");

    @BeforeAll
    static void serve() throws Exception {
        browse(SearchBrowserTest.copyFixture(temp.resolve("project")));
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theArrowKeysMoveBetweenTheFieldAndTheResults() throws IOException {
        WebElement input = openSearch("/en/");
        input.sendKeys("client");
        List<WebElement> titles = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(TITLES);
            return found.size() >= 2 ? found : null;
        });
        WebElement last = titles.get(titles.size() - 1);
        press(Keys.ARROW_DOWN);
        assertFocused(titles.get(0), "ArrowDown in the field: the first result");
        press(Keys.ARROW_DOWN);
        assertFocused(titles.get(1), "ArrowDown: the second result");
        screenshot("en-search-arrow-down");
        press(Keys.ARROW_UP);
        assertFocused(titles.get(0), "ArrowUp: the first result again");
        press(Keys.ARROW_UP);
        assertFocused(input, "ArrowUp from the first result: the field");
        assertEquals("client", input.getDomProperty("value"), "the query is as typed");

        for (int i = 0; i < titles.size() + 1; i++) {
            press(Keys.ARROW_DOWN);
        }
        assertFocused(last, "ArrowDown on the last result: still the last");
    }

    /**
     * ArrowDown typed right after the query goes to the first result of that query, once it has been searched; ArrowUp
     * from a result's section link goes to its title; with no result ArrowDown leaves the focus in the field.
     */
    @Test
    void arrowDownRightAfterTypingGoesToTheFirstResultOfWhatWasTyped() {
        openSearch("/en/").sendKeys("invoicing" + Keys.ARROW_DOWN);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !d.findElements(TITLES).isEmpty());
        assertFocused(chrome.findElement(TITLES), "the first result of 'invoicing'");
        assertEquals(SearchBrowserTest.EN_MONEY, chrome.switchTo().activeElement().getDomAttribute("href"));
        WebElement section = chrome.findElement(By.cssSelector("[data-search-results] > li .search-heading a"));
        press(Keys.TAB);
        assertFocused(section, "Tab from a result's title: its section link");
        press(Keys.ARROW_UP);
        assertFocused(chrome.findElement(TITLES), "ArrowUp from a result's section link: its own title");

        WebElement input = openSearch("/pl/");
        input.sendKeys("kangur" + Keys.ARROW_DOWN);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !d.findElement(By.cssSelector("[data-search-status]")).getText().isBlank());
        assertFocused(input, "no result: the focus stays in the field");
    }

    /** Tab from the field still reaches the Close button and then the results; Enter follows a result; Escape closes. */
    @Test
    void tabEnterAndEscapeWorkAsBefore() {
        WebElement input = openSearch("/en/");
        input.sendKeys("client");
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(TITLES).size() >= 2);
        press(Keys.TAB);
        assertFocused(chrome.findElement(By.cssSelector("[data-search-close]")), "Tab from the field: the Close button");
        press(Keys.TAB);
        assertFocused(chrome.findElement(TITLES), "Tab again: the first result");
        press(Keys.ARROW_DOWN);
        press(Keys.ESCAPE);
        Browser.waitUpTo(chrome, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("search-input")));
        assertFocused(chrome.findElement(By.cssSelector(".search-toggle")), "Escape on a result: closed, focus on the Search button");

        input = openSearch("/en/");
        input.sendKeys("invoicing");
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !d.findElements(TITLES).isEmpty());
        press(Keys.ARROW_DOWN);
        String href = chrome.switchTo().activeElement().getDomAttribute("href");
        press(Keys.ENTER);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(base + href));
    }

    private static void press(CharSequence key) {
        chrome.switchTo().activeElement().sendKeys(key);
    }

    /** The focus is on {@code expected}, at once or within two seconds (ArrowDown in the field waits for the search). */
    private static void assertFocused(WebElement expected, String what) {
        try {
            Browser.waitUpTo(chrome, Duration.ofSeconds(2)).until(d -> expected.equals(d.switchTo().activeElement()));
        } catch (TimeoutException e) {
            // the assertion says where the focus is
        }
        WebElement active = chrome.switchTo().activeElement();
        assertTrue(expected.equals(active), what + ": the focus is on " + active.getTagName() + " '" + active.getText() + "' "
                + active.getDomAttribute("href"));
    }

    private static WebElement openSearch(String page) {
        chrome.get(base + page);
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        WebElement input = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
        assertFocused(input, "the search field");
        return input;
    }
}
