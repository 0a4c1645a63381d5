package guide.browser;

import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview whose very first build fails (a page with a broken header when {@code ./guide serve} starts): the browser
 * says there is nothing to show yet and what to fix, never that an earlier build is shown (there is none), and both
 * the page and the translations dashboard follow once the page is fixed; the page follows with JavaScript off too.
 */
class PreviewFirstBuildBrowserTest extends PreviewBrowserTest {
    private static final String PAGE = "content/pl/zepsuty.md";
    private static final String HEADER = """
            title=Zepsuty
            type=post
            status=published
            translationKey=broken
            author=redakcja
            summary=Strona z błędną datą.
            ~~~~~~

            Tekst.
            """;
    private static final String PROBLEM = PAGE + ":1: date '2026-13-20' is not a real date";

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Files.writeString(project.resolve(PAGE), "date=2026-13-20\n" + HEADER, StandardCharsets.UTF_8);
        browse(project);
    }

    @Test
    void thePageAndTheDashboardSayNothingIsShownYetAndFollowTheFix() throws Exception {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        chrome.get(base + "/__guide/translations");
        String banner = Browser.waitUpTo(chrome, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".dash-problems")).isEmpty() ? null : d.findElement(By.cssSelector(".dash-problems")).getText());
        assertTrue(banner.startsWith("The build failed (1); the preview has nothing to show yet: fix it at the file and line below, and save\n"
                + PROBLEM), banner);
        assertFalse(banner.contains("still shows"), "no earlier build is shown: " + banner);
        assertFalse(chrome.findElements(By.cssSelector(".dash-unreadable")).isEmpty(), "the list names the page it could not read");
        screenshot("preview-first-build-failed-dashboard-1280");

        chrome.get(base + "/pl/");
        String panel = Browser.waitUpTo(chrome, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("guide-build-problems")).isEmpty() ? null : d.findElement(By.id("guide-build-problems")).getText());
        assertTrue(panel.startsWith("Build failed (1); nothing to show yet. Fix this and save:\n" + PROBLEM), panel);
        assertTrue(chrome.findElement(By.tagName("h1")).getText().equals("Nothing to preview yet"));
        screenshot("preview-first-build-failed-page-1280");
        // Without JavaScript the page asks again by itself; with it, that refresh is not read, so only the live script reloads it.
        js("window.sameDocument = true;");
        ChromeDriver plain = Browser.start(false);
        try {
            plain.get(base + "/pl/");
            assertEquals("Nothing to preview yet", plain.findElement(By.tagName("h1")).getText());
            // Without JavaScript there is no panel: the page itself lists what to fix.
            assertTrue(plain.findElement(By.tagName("body")).getText().contains("Fix this and save:\n" + PROBLEM), plain.findElement(By.tagName("body")).getText());
            plain.manage().window().setSize(new Dimension(390, 844));
            Files.write(Browser.screenshotDir().resolve("preview-first-build-failed-no-js-390.png"), plain.getScreenshotAs(OutputType.BYTES));
            String withScript = chrome.findElement(By.tagName("body")).getText();
            assertEquals(1, withScript.split(PROBLEM, -1).length - 1, "with JavaScript on, the panel lists it, not the page a second time: " + withScript);
            Thread.sleep(3000);
            assertEquals(Boolean.TRUE, js("return window.sameDocument === true;"), "with JavaScript on, the page waits for the live script");
            waitForTheFix(plain);
        } finally {
            plain.quit();
        }
    }

    /** Fixes the page: the dashboard updates in place, and both browsers show the site (the one without JavaScript by itself). */
    private void waitForTheFix(ChromeDriver plain) throws Exception {
        chrome.get(base + "/__guide/translations");
        Browser.waitUpTo(chrome, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".dash-problems")).isEmpty());
        js("window.sameDocument = true;");
        ProjectFiles.writeWhole(site.project().resolve(PAGE), "date=2026-11-20\n" + HEADER);
        Browser.waitUpTo(chrome, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".dash-problems")).isEmpty() && d.findElements(By.cssSelector(".dash-unreadable")).isEmpty());
        assertEquals(Boolean.TRUE, js("return window.sameDocument === true;"), "updated in place, not reloaded");

        chrome.get(base + "/pl/");
        assertTrue(chrome.findElements(By.id("guide-build-problems")).isEmpty(), "the site, with no problem to show");
        assertFalse(chrome.findElement(By.tagName("h1")).getText().equals("Nothing to preview yet"));
        Browser.waitUpTo(plain, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> !d.findElement(By.tagName("h1")).getText().equals("Nothing to preview yet"));
    }
}
