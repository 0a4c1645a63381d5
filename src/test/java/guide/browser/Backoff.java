package guide.browser;

import org.openqa.selenium.support.ui.Sleeper;

import java.time.Duration;

/**
 * How one wait sleeps between its looks: 20 ms the first time, twice as long each time after, never longer than the
 * wait's own interval. A page's script mostly answers within a tenth of a second, so the first looks find it soon
 * after; a slow answer is still looked for only every half second, not flooding chromedriver with round trips on the
 * two cores the awaited work needs. Playwright's waits back off the same way.
 */
final class Backoff implements Sleeper {
    private Duration next = Duration.ofMillis(20);

    @Override
    public void sleep(Duration longest) throws InterruptedException {
        Duration now = next.compareTo(longest) < 0 ? next : longest;
        next = now.multipliedBy(2);
        SYSTEM_SLEEPER.sleep(now);
    }
}
