package guide.serve;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's error console, read by a test: {@code System.err} captured from {@link #capture} until {@link #close}, where
 * the preview tells of a failed build and of a file it cannot serve. Start the preview after capturing, so that it writes here.
 */
final class PreviewErrors implements AutoCloseable {
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream err = System.err;

    private PreviewErrors() {
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** Captures {@code System.err}. */
    static PreviewErrors capture() {
        return new PreviewErrors();
    }

    /** All it has said so far. */
    String said() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** Waits (up to 30 s) until it has said {@code line}, a whole line; fails, with all it said, if it has not. */
    void awaitLine(String line) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!lines().contains(line) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertTrue(lines().contains(line), said());
    }

    /** How many of its lines are {@code line}. */
    long count(String line) {
        return lines().stream().filter(line::equals).count();
    }

    private List<String> lines() {
        return said().lines().toList();
    }

    @Override
    public void close() {
        System.setErr(err);
    }
}
