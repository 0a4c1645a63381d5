package guide.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running {@code ./guide serve}, as the preview benchmark drives it: started on a free port, its
 * output read line by line (it says "Preview:" once it serves, and "Build K: P pages in S s" after
 * each build), stopped with its process tree when closed or when the benchmark's JVM ends.
 */
final class PreviewServer implements AutoCloseable {
    private static final Pattern SERVER_BUILD = Pattern.compile("^Build (\\d+): (\\d+) pages in ([0-9.]+) s");

    private final Process process;
    private final Thread killer;
    private final int port;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);

    private PreviewServer(Process process, int port) {
        this.process = process;
        this.port = port;
        this.killer = new Thread(() -> {
            try {
                TimedProcess.destroyTree(process);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(killer);
        Thread reader = new Thread(this::read, "serve-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** A free port on this machine, for the next server. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts {@code ./guide serve} of {@code projectDir} into {@code out} on {@code port}; its errors go to {@code errFile}. */
    static PreviewServer start(Path guide, Path projectDir, Path out, int port, Path errFile) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(guide.toString(), "serve", "--project", projectDir.toString(), "--output", out.toString(),
                "--port", String.valueOf(port)).redirectError(errFile.toFile());
        return new PreviewServer(pb.start(), port);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith("Preview:")) {
                    ready.countDown();
                }
            }
        } catch (IOException ignored) {
            // the server stopped
        }
        ready.countDown();
    }

    /** Waits until the server says it serves; false if it did not within 20 minutes, or stopped first. */
    boolean awaitReady() throws InterruptedException {
        return ready.await(20, TimeUnit.MINUTES) && (process.isAlive() || lines.stream().anyMatch(l -> l.startsWith("Preview:")));
    }

    /** {@code http://127.0.0.1:<port>}. */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** What it printed so far. */
    List<String> lines() {
        return lines;
    }

    /** How many builds it has reported so far. */
    int builds() {
        return (int) lines.stream().filter(l -> SERVER_BUILD.matcher(l).find()).count();
    }

    /**
     * The seconds of the first build it reports after {@code before} builds, waiting up to 10 s for it:
     * the preview prints its build line once the search index has followed the pages (after they are served).
     */
    Optional<Double> buildSecondsAfter(int before) throws InterruptedException {
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (builds() <= before && System.nanoTime() < waitUntil) {
            Thread.sleep(20);
        }
        return lines.stream().filter(l -> SERVER_BUILD.matcher(l).find()).skip(before).map(l -> {
            Matcher m = SERVER_BUILD.matcher(l);
            return m.find() ? Double.parseDouble(m.group(3)) : null;
        }).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        TimedProcess.destroyTree(process);
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
    }
}
