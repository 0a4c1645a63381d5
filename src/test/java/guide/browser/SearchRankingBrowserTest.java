package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On the guide's own pages, a word that an article discusses at length and the quiz names in a few statements: the quiz's
 * and the article's pages weigh the same, and Enter leads to the article's section, where the word is discussed, not to
 * the quiz's list of statements.
 */
class SearchRankingBrowserTest extends PreviewBrowserTest {
    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    @Test
    void enterOnAWordTheArticleDiscussesLeadsToTheArticlesSection() {
        assertEquals(base + "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/#late-payments", enter("/pl/", "faktury"));
        assertEquals(base + "/en/5-signs-its-time-to-fire-a-client/#late-payments", enter("/en/", "invoice"));
    }

    private String enter(String page, String query) {
        chrome.get(base + page);
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        WebElement input = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
        input.sendKeys(query + Keys.ENTER);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("#"));
        return chrome.getCurrentUrl();
    }
}
