package guide.browser;

import org.openqa.selenium.support.ui.Sleeper;

import java.time.Duration;

/**
 * How one wait sleeps between its looks: 20 ms the first time, twice as long each time after, never longer than the
 * wait's own interval. A page's script mostly answers within a tenth of a second, so the first looks find it soon
 * after; a slow answer is still looked for only every half second, not flooding chromedriver with round trips on the
 * two cores the awaited work needs. Playwright's waits back off too, if not by doubling: they look again after 20, 50,
 * 100 and 100 ms, then every 500 ms. {@link BackoffWait} starts it again at each {@code until}.
 */
final class Backoff implements Sleeper {
    /** The first sleep of each {@code until}. */
    static final Duration FIRST = Duration.ofMillis(20);

    private final Sleeper sleeper;
    private Duration next = FIRST;

    Backoff() {
        this(SYSTEM_SLEEPER);
    }

    /** @param sleeper what really sleeps: the system's, or in this class's test a record of the sleeps asked for */
    Backoff(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** The next sleep is the first again, 20 ms: a new {@code until} of the same wait. */
    void restart() {
        next = FIRST;
    }

    @Override
    public void sleep(Duration longest) throws InterruptedException {
        Duration now = next.compareTo(longest) < 0 ? next : longest;
        next = now.multipliedBy(2);
        sleeper.sleep(now);
    }
}
