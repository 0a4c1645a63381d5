package guide.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, as ../shared/BROWSER-TESTS.md says.
 * Missing browser packages fail the tests (CI installs them); they are never skipped.
 */
final class Browser {
    /**
     * The longest a wait sleeps between two looks: Selenium's own interval, half a second. Every look is a round trip
     * through chromedriver into Chromium, on the two cores the awaited work needs, so a slow answer is not looked for
     * more often. A fixed 50 ms went with slower browser classes in CI's run of 7 December (1,222 s against 1,078 s at
     * 500 ms the day before), though the machine's speed changed more than that between those days; only a wait's first
     * looks come sooner ({@link Backoff}).
     */
    private static final Duration LONGEST_SLEEP = Duration.ofMillis(500);

    private Browser() {
    }

    static ChromeDriver start(boolean javascript) {
        File binary = new File(System.getProperty("guide.chromium", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("guide.chromedriver", "/usr/bin/chromedriver"));
        if (!binary.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--window-size=1280,900");
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /**
     * A wait of up to {@code timeout} that looks again after 20 ms, then 40, 80 and so on up to half a second
     * ({@link BackoffWait}). With Selenium's fixed half second, {@code SearchBrowserTest} spent 37 of its 72 s asleep
     * between looks for answers that had come within a tenth of a second (chromedriver's log of its commands,
     * 7 December 2026).
     */
    static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
        return new BackoffWait(driver, timeout, LONGEST_SLEEP, new Backoff());
    }

    /** Where screenshots for people to look at are kept (target/screenshots). */
    static Path screenshotDir() throws IOException {
        Path dir = Path.of(System.getProperty("guide.project.dir", ".")).resolve("target/screenshots");
        Files.createDirectories(dir);
        return dir;
    }
}
