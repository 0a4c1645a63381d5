package guide.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A {@link WebDriverWait} whose looks back off ({@link Backoff}) from 20 ms again at each {@code until}. A wait kept in a
 * variable and used twice (for the search results, then for the panel to close) would otherwise begin its second wait
 * with the sleep its first would have slept next (160 ms after four looks, up to half a second), where the answer mostly
 * comes within a tenth.
 */
final class BackoffWait extends WebDriverWait {
    /** Selenium's end of a timeout's message, "(tried for 10 seconds with 500 milliseconds interval)": not how it looked. */
    private static final Pattern INTERVAL = Pattern.compile(" with (\\d+) milliseconds interval");

    private final Backoff backoff;

    BackoffWait(WebDriver driver, Duration timeout, Duration longest, Backoff backoff) {
        super(driver, timeout, longest, Clock.systemDefaultZone(), backoff);
        this.backoff = backoff;
    }

    @Override
    public <V> V until(Function<? super WebDriver, ? extends V> isTrue) {
        backoff.restart();
        return super.until(isTrue);
    }

    /** The message of a wait that timed out says how it looked: "(tried for 10 seconds, looking again after 20 ms, …)". */
    @Override
    protected RuntimeException timeoutException(String message, Throwable lastException) {
        return super.timeoutException(INTERVAL.matcher(message).replaceFirst(", looking again after " + Backoff.FIRST.toMillis()
                + " ms, then twice as long each time up to $1 ms"), lastException);
    }
}
