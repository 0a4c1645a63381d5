package guide.browser;

import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor who watches only the browser: a save that builds with a warning (a misspelt header the build ignores) shows it
 * in a panel below the page, quieter than a failed build's and closable to one line, while the page can still be read.
 */
class PreviewWarningsBrowserTest extends PreviewBrowserTest {
    private static final String ARTICLE = "/en/how-to-send-an-invoice/";
    private static final String WARNING = "content/en/how-to-send-an-invoice.md:8: warning: unknown header 'tag' is ignored: did you mean 'tags'?";

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyProject(temp.resolve("project")));
    }

    @Test
    void aSaveWithAWarningShowsItBelowThePageUntilItIsFixed() throws Exception {
        Path article = site.project().resolve("content/en/how-to-send-an-invoice.md");
        String original = Files.readString(article, StandardCharsets.UTF_8);
        chrome.manage().window().setSize(new Dimension(1280, 900));
        chrome.get(base + ARTICLE);
        assertTrue(chrome.findElements(By.id("guide-build-warnings")).isEmpty(), "no warnings before the edit");
        try {
            ProjectFiles.writeWhole(article, original.replaceFirst("(?m)^tags=", "tag="));
            String said = Browser.waitUpTo(chrome, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id("guide-build-warnings")).isEmpty() ? null : d.findElement(By.id("guide-build-warnings")).getText());
            assertEquals("The build succeeded, with 1 warning\n" + WARNING, said);
            WebElement panel = chrome.findElement(By.id("guide-build-warnings"));
            assertEquals("status", panel.getDomAttribute("role"), "said politely, not as an alert");
            assertTrue(chrome.findElement(By.tagName("h1")).isDisplayed(), "the page is there to read");
            assertTrue(panel.getSize().getHeight() < 0.4 * 900 + 1, "the panel leaves most of the page: " + panel.getSize());
            for (int width : List.of(390, 1280)) {
                chrome.manage().window().setSize(new Dimension(width, 900));
                screenshot("preview-warnings-" + width);
                dark("preview-warnings-dark-" + width);
            }

            chrome.findElement(By.cssSelector("#guide-build-warnings summary")).click();
            assertFalse(chrome.findElement(By.cssSelector("#guide-build-warnings li")).isDisplayed(), "closed, the list is hidden");
            assertTrue(panel.getSize().getHeight() < 60, "closed, the panel is one line: " + panel.getSize());
            screenshot("preview-warnings-closed-1280");
            chrome.navigate().refresh();
            assertEquals("The build succeeded, with 1 warning", Browser.waitUpTo(chrome, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("guide-build-warnings"))).getText(), "it stays closed for the same warning");

            // A failed build lists the warnings it found under its problems, as the console does.
            ProjectFiles.writeWhole(article, original.replaceFirst("(?m)^tags=", "tag=").replaceFirst("(?m)^date=.*$", "date=yesterday"));
            String problems = Browser.waitUpTo(chrome, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id("guide-build-problems")).isEmpty() ? null : d.findElement(By.id("guide-build-problems")).getText());
            assertTrue(problems.startsWith("Build failed (1); showing the last good build:\ncontent/en/how-to-send-an-invoice.md:2: "), problems);
            assertTrue(problems.endsWith("\nAlso 1 warning (warnings alone do not stop a build):\n" + WARNING), problems);
            assertTrue(chrome.findElements(By.id("guide-build-warnings")).isEmpty(), "one panel at a time");
            screenshot("preview-problems-with-warnings-1280");

            ProjectFiles.writeWhole(article, original);
            Browser.waitUpTo(chrome, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id("guide-build-warnings")).isEmpty() && d.findElement(By.tagName("h1")).isDisplayed());
        } finally {
            ProjectFiles.writeWhole(article, original);
        }
    }

}
