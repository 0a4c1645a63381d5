package guide.serve;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The terminal the preview writes on, read by a test: {@code System.out} captured from {@link #capture} until
 * {@link #close}, and what the preview says of the build a save makes.
 */
final class PreviewConsole implements AutoCloseable {
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = System.out;

    private PreviewConsole() {
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** Captures {@code System.out}; start the preview after, so that it writes here. */
    static PreviewConsole capture() {
        return new PreviewConsole();
    }

    /** An editor's save: a file written, copied or deleted. */
    interface Save {
        void run() throws Exception;
    }

    /** What the console says of the first build after {@code save}: its "Build N:" line and the lines under it. */
    List<String> saidAfter(Save save) throws Exception {
        int before = console.toString(StandardCharsets.UTF_8).length();
        save.run();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String said = "";
        // Until a build has been said and nothing more for a second (a save may make two builds: the second must not fall in the next).
        while (System.nanoTime() < until) {
            Thread.sleep(1000);
            String now = console.toString(StandardCharsets.UTF_8).substring(before);
            if (now.contains("Build ") && now.equals(said)) {
                break;
            }
            said = now;
        }
        List<String> lines = said.lines().dropWhile(l -> !l.startsWith("Build ")).toList();
        return lines.isEmpty() ? lines : Stream.concat(Stream.of(lines.get(0)),
                lines.stream().skip(1).takeWhile(l -> l.startsWith("    "))).toList();
    }

    @Override
    public void close() {
        System.setOut(out);
    }
}
