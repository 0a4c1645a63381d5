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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A query that more pages match than the panel lists at once: the search fixture and eleven English articles that all
 * speak of zebras. The status counts every page found, and "Show more" lists the rest; each title marks the word.
 */
class SearchCountBrowserTest extends PreviewBrowserTest {
    private static final int PAGES = 11;
    private static final By LINKS = By.cssSelector("[data-search-results] > li > a");

    @BeforeAll
    static void serve() throws Exception {
        Path project = SearchBrowserTest.copyFixture(temp.resolve("project"));
        for (int i = 1; i <= PAGES; i++) {
            Files.writeString(project.resolve("content/en/zebra-" + i + ".md"), """
                    title=Zebra note %d
                    date=2026-02-%02d
                    type=post
                    status=published
                    translationKey=zebra-%d
                    author=redakcja
                    summary=A short note.
                    ~~~~~~

                    A client once paid us in zebra stripes, note %d says.
                    """.formatted(i, i, i, i), StandardCharsets.UTF_8);
        }
        browse(project);
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theStatusCountsEveryPageFoundAndShowMoreListsTheRest() {
        chrome.get(base + "/en/");
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        WebElement input = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
        input.sendKeys("zebra");
        WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
        assertEquals(PAGES + " results", status.getText().replace('\u00a0', ' '), "every page with the word, not only those listed");
        assertEquals(8, chrome.findElements(LINKS).size(), "a first page's worth listed");
        WebElement more = chrome.findElement(By.cssSelector(".search-more"));
        assertTrue(more.isDisplayed());
        assertEquals("Show more", more.getText());

        more.click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(LINKS).size() == PAGES);
        List<String> links = chrome.findElements(LINKS).stream().map(a -> a.getDomAttribute("href")).toList();
        assertEquals(PAGES, links.stream().distinct().count(), "each page once: " + links);
        assertFalse(more.isDisplayed(), "nothing more to show");
        assertEquals(links.get(8), chrome.switchTo().activeElement().getDomAttribute("href"), "focus on the first of the new results");
        assertEquals(PAGES + " results", status.getText().replace('\u00a0', ' '));
    }

    /** The word is marked in each result's title as in its excerpt, inside the link, which keeps the title as its name. */
    @Test
    void theTitlesMarkTheMatchedWords() throws IOException {
        chrome.get(base + "/en/");
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input"))).sendKeys("zebras");
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(LINKS).size() == 8);
        for (WebElement title : chrome.findElements(LINKS)) {
            List<String> marks = title.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("Zebra"), marks, "the title " + title.getText() + " marks the word");
            assertTrue(title.getText().matches("Zebra note \\d+"), "the title reads as it did: " + title.getText());
        }
        screenshot("en-search-title-marks");
    }

    /**
     * The status is a live region, read out at each write: typed at a reader's pace, "zebras" says "11 results" once, not
     * again at every keystroke that leaves the count as it was.
     */
    @Test
    void theStatusIsWrittenOnlyWhenWhatItSaysChanges() throws InterruptedException {
        chrome.get(base + "/en/");
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        WebElement input = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
        js("window.said = []; const s = document.querySelector('[data-search-status]');"
                + "new MutationObserver(() => window.said.push(s.textContent)).observe(s, {childList: true, characterData: true, subtree: true});");
        for (char c : "zebras".toCharArray()) {
            input.sendKeys(String.valueOf(c));
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) js("return window.said");
        assertEquals(PAGES + " results", said.get(said.size() - 1).replace('\u00a0', ' '), "said: " + said);
        for (int i = 1; i < said.size(); i++) {
            assertFalse(said.get(i).equals(said.get(i - 1)), "written again as it was, so read out again: " + said);
        }
    }
}
