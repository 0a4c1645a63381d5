package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search panel's count as the page's language writes numbers: "12,345 results", "12 345 wyników" (a no-break space),
 * where the script wrote "12345" in both. No test site holds 12,345 pages, so the search fixture's engine here is the real
 * one with every count it finds made 12,345 (the panel, its words and their plural forms are the real ones).
 */
class SearchNumbersBrowserTest extends PreviewBrowserTest {
    private static final int FOUND = 12_345;

    @BeforeAll
    static void serve() throws Exception {
        Path project = SearchBrowserTest.copyFixture(temp.resolve("project"));
        Path js = project.resolve("assets/js");
        Files.move(js.resolve("search-engine.js"), js.resolve("search-engine-real.js"));
        Files.writeString(js.resolve("search-engine.js"), """
                // The real engine, every count of pages found made %d.
                import { SearchIndex as Real, wordsOf } from './search-engine-real.js';
                export { wordsOf };
                export class SearchIndex extends Real {
                  async search(...args) {
                    const results = await super.search(...args);
                    if (results && results.length) results.total = %d;
                    return results;
                  }
                }
                """.formatted(FOUND, FOUND), StandardCharsets.UTF_8);
        browse(project);
        chrome.manage().window().setSize(new Dimension(390, 900));
    }

    @Test
    void theCountIsWrittenAsThePageLanguageWritesNumbers() throws IOException {
        for (String[] page : List.of(new String[]{"/en/", "invoices", "12,345 results"}, new String[]{"/pl/", "faktury", "12\u00a0345 wyników"})) {
            chrome.get(base + page[0]);
            chrome.findElement(By.cssSelector(".search-toggle")).click();
            WebElement input = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
            input.sendKeys(page[1]);
            WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
            assertEquals(page[2], status.getDomProperty("textContent"), page[0] + " " + page[1]);
            screenshot(page[0].substring(1, 3) + "-search-count-390");
        }
    }
}
