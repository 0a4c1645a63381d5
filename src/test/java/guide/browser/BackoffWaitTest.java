package guide.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sleeps between a browser test's looks, without a browser: each {@code until} of a wait starts at 20 ms. */
class BackoffWaitTest {
    private static final WebDriver NO_BROWSER = (WebDriver) Proxy.newProxyInstance(WebDriver.class.getClassLoader(),
            new Class<?>[]{WebDriver.class}, (proxy, method, args) -> null);

    private final List<Long> slept = new ArrayList<>();
    private final WebDriverWait wait = new BackoffWait(NO_BROWSER, Duration.ofSeconds(30), Duration.ofMillis(500),
            new Backoff(d -> slept.add(d.toMillis())));

    @Test
    void theLooksBackOffToTheLongestSleep() {
        wait.until(trueAtLook(8));
        assertEquals(List.of(20L, 40L, 80L, 160L, 320L, 500L, 500L), slept);
    }

    @Test
    void aWaitUsedAgainStartsAgainAt20Ms() {
        wait.until(trueAtLook(5));
        slept.clear();
        wait.until(trueAtLook(3));
        assertEquals(List.of(20L, 40L), slept, "the second until of the same wait, as BrowserTest's search waits for the panel to close");
    }

    /** A browser test's wait that ran out of time says how it looked, not Selenium's fixed "500 milliseconds interval". */
    @Test
    void aTimeoutSaysHowTheWaitLooked() {
        WebDriverWait brief = new BackoffWait(NO_BROWSER, Duration.ofMillis(50), Duration.ofMillis(500), new Backoff());
        String message = assertThrows(TimeoutException.class, () -> brief.until(d -> false)).getMessage();
        assertTrue(message.contains("(tried for 0.05 seconds, looking again after 20 ms, then twice as long each time up to 500 ms)"), message);
        assertFalse(message.contains("milliseconds interval"), message);
    }

    /** A condition that holds at its {@code look}-th look (the first is at once, before any sleep). */
    private static Function<WebDriver, Boolean> trueAtLook(int look) {
        AtomicInteger looks = new AtomicInteger();
        return d -> looks.incrementAndGet() >= look;
    }
}
