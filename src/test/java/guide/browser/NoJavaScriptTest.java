package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With JavaScript off, an article opened straight from target/site is whole and readable. */
class NoJavaScriptTest {

    @Test
    void articleIsReadableWithoutJavaScript() {
        ChromeDriver chrome = Browser.start(false);
        try {
            chrome.get(ProjectFixture.builtSite().resolve("pl/jak-wystawic-fakture/index.html").toUri().toString());
            assertTrue(chrome.findElement(By.tagName("h1")).isDisplayed());
            String text = chrome.findElement(By.cssSelector("[data-prose]")).getText();
            assertTrue(text.startsWith("Faktura to ostatni krok projektu") && text.contains("Więcej o cenach w tekście"), "the whole text is there: " + text);
            assertTrue(chrome.findElement(By.cssSelector("nav.toc")).isDisplayed());
            assertTrue(chrome.findElement(By.cssSelector("[data-affiliate-disclosure]")).isDisplayed());
            assertFalse(chrome.findElement(By.cssSelector("[data-search]")).isDisplayed(), "search needs JavaScript, so it is hidden without it");
        } finally {
            chrome.quit();
        }
    }
}
