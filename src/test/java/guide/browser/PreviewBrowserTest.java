package guide.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What most browser tests share: a project served by the preview server, read in headless
 * Chromium, both closed after the class's tests, and the screenshots people look at. A subclass's
 * {@code @BeforeAll} prepares its project in {@link #temp} and hands it to {@link #browse(Path)}.
 * The fields are static because JUnit's {@code @BeforeAll} methods are; test classes run one at a
 * time (the build sets no parallel execution), each filling them anew.
 */
abstract class PreviewBrowserTest {
    @TempDir
    static Path temp;
    static PreviewedSite site;
    /** The served site's address, {@code http://localhost:port}. */
    static String base;
    static ChromeDriver chrome;

    /** Serves {@code project} with the preview server and starts Chromium with JavaScript on. */
    static void browse(Path project) throws Exception {
        site = PreviewedSite.serve(project);
        base = site.base();
        chrome = Browser.start(true);
    }

    /**
     * Reads a preview that other classes read too ({@link SharedPreviews}), which the class must not change, in
     * Chromium with JavaScript on.
     */
    static void browseShared(PreviewedSite shared) {
        site = shared;
        base = site.base();
        chrome = Browser.start(true);
    }

    @AfterAll
    static void closeBrowserAndSite() {
        if (chrome != null) {
            chrome.quit();
            chrome = null;
        }
        if (site != null && !SharedPreviews.isShared(site)) {
            site.close();
        }
        site = null;
    }

    /** Opens {@code page} (an address on the site, "/en/") in a window {@code width} px wide and 900 high. */
    static void openAt(String page, int width) {
        windowWidth(width);
        chrome.get(base + page);
    }

    /** Makes the window {@code width} px wide and 900 high; the page open is laid out anew. */
    static void windowWidth(int width) {
        chrome.manage().window().setSize(new Dimension(width, 900));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) chrome).executeScript(script, args);
    }

    /** The window as it is now, to target/screenshots/{@code name}.png. */
    static void screenshot(String name) throws IOException {
        Files.write(Browser.screenshotDir().resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
    }

    /** The window as it is now with the reader's system set to dark, to target/screenshots/{@code name}.png; light again after. */
    static void dark(String name) throws IOException {
        colours("dark");
        try {
            screenshot(name);
        } finally {
            colours("light");
        }
    }

    /** Light or dark colours, as the reader's system setting chooses them ({@code prefers-color-scheme}), until set again. */
    static void colours(String scheme) {
        if (!List.of("light", "dark").contains(scheme)) {
            throw new IllegalArgumentException("a colour scheme is light or dark, not " + scheme);
        }
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                scheme.equals("dark") ? List.of(Map.of("name", "prefers-color-scheme", "value", "dark")) : List.of()));
    }
}
