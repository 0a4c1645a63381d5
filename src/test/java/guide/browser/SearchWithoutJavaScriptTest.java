package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search needs JavaScript. Without it the header's "Szukaj" is a link to the archive, which says so in the reader's
 * language and lists every article; with it, neither the link nor the note shows.
 */
class SearchWithoutJavaScriptTest {
    static HostRulesServer host;

    @BeforeAll
    static void serve() throws IOException {
        host = new HostRulesServer(ProjectFixture.builtSite(), true);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void withoutJavaScriptSearchLeadsToTheArchiveWhichSaysWhy() {
        ChromeDriver chrome = Browser.start(false);
        try {
            for (String[] page : List.of(
                    new String[]{"/pl/jak-wystawic-fakture/", "Szukaj", "/pl/artykuly/", "Wyszukiwarka przewodnika działa tylko z"
                            + " włączonym JavaScriptem. Bez niego wszystkie artykuły i testy znajdziesz na liście poniżej."},
                    new String[]{"/en/how-to-send-an-invoice/", "Search", "/en/articles/", "The guide's search needs JavaScript,"
                            + " which is off in this browser. You can still find every article and quiz in the list below."})) {
                chrome.get(host.base() + page[0]);
                assertFalse(chrome.findElement(By.cssSelector("[data-search]")).isDisplayed(), "the search button needs JavaScript");
                WebElement link = chrome.findElement(By.cssSelector("header [data-search-without-js]"));
                assertTrue(link.isDisplayed(), page[0] + ": in the search button's place, a link");
                assertEquals(page[1], link.getText());
                link.click();
                assertEquals(host.base() + page[2], chrome.getCurrentUrl());
                WebElement note = chrome.findElement(By.cssSelector("[data-search-note]"));
                assertTrue(note.isDisplayed(), page[2]);
                assertEquals(page[3], note.getText().replace('\u00a0', ' '));
                assertTrue(chrome.findElements(By.cssSelector(".article-list a[href='" + page[0] + "']")).stream().anyMatch(WebElement::isDisplayed),
                        page[2] + " lists " + page[0]);
            }
        } finally {
            chrome.quit();
        }
    }

    @Test
    void withJavaScriptThereIsTheSearchButtonAndNoNote() {
        ChromeDriver chrome = Browser.start(true);
        try {
            chrome.get(host.base() + "/pl/artykuly/");
            assertTrue(chrome.findElement(By.cssSelector(".search-toggle")).isDisplayed());
            assertTrue(chrome.findElements(By.cssSelector("[data-search-without-js], [data-search-note]")).stream().noneMatch(WebElement::isDisplayed),
                    "no word of search without JavaScript where it runs");
            String header = chrome.findElement(By.cssSelector(".site-header")).getText();
            assertFalse(header.contains("search-without-js"), "the <noscript>'s markup is not shown as text: " + header);
        } finally {
            chrome.quit();
        }
    }
}
