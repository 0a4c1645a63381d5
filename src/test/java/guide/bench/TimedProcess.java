package guide.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command of the benchmark as a fresh process under GNU time ({@code /usr/bin/time -f "%M %U %S"})
 * and returns what the benchmark compares: the wall time around the process, its peak resident
 * memory, the CPU time it used (user and system; on a machine whose speed drifts, a steadier
 * measure of work than wall time), its exit code and what it printed (also kept in {@code <log>.out}, {@code .err} and
 * {@code .time}). The guide, plain JBake and Hugo are all measured through here, so alike.
 * Before each run the system writes out what earlier runs left in its write cache ({@code sync},
 * not timed): otherwise the hundreds of megabytes one engine's build wrote are flushed to disk
 * during the next engine's run, and a run is charged for its predecessor's output.
 */
final class TimedProcess {
    static final Path TIME = Path.of("/usr/bin/time");
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    /** One process run: wall time, peak RSS in KB and CPU seconds (-1 if unknown), exit code, and what it printed. */
    record Run(double wallSeconds, long peakKb, double cpuSeconds, int exit, String out, String err, boolean timedOut) {
        boolean ok() {
            return exit == 0 && !timedOut;
        }

        Optional<Long> number(Pattern p) {
            Matcher m = p.matcher(out);
            return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
        }
    }

    private TimedProcess() {
    }

    /**
     * Runs {@code command} to its end (at most 30 minutes, then its process tree is stopped).
     *
     * @param environment adjusts the process's environment before it starts
     */
    static Run exec(List<String> command, Path log, Consumer<Map<String, String>> environment) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Path outFile = log.resolveSibling(log.getFileName() + ".out");
        Path errFile = log.resolveSibling(log.getFileName() + ".err");
        Path timeFile = log.resolveSibling(log.getFileName() + ".time");
        Files.deleteIfExists(timeFile);
        List<String> full = new ArrayList<>(List.of(TIME.toString(), "-f", "%M %U %S", "-o", timeFile.toString()));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        environment.accept(pb.environment());
        flushWriteCache();
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean finished = p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        long t1 = System.nanoTime();
        if (!finished) {
            destroyTree(p);
        }
        Usage usage = usage(timeFile);
        return new Run((t1 - t0) / 1e9, usage.peakKb(), usage.cpuSeconds(), finished ? p.exitValue() : -1,
                Files.readString(outFile, StandardCharsets.UTF_8), Files.readString(errFile, StandardCharsets.UTF_8), !finished);
    }

    /**
     * The first line a short command prints (a version, say), or empty when it cannot run or fails;
     * not timed.
     */
    static Optional<String> firstLine(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && !out.isEmpty() ? Optional.of(out.lines().findFirst().orElseThrow()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Runs {@code sync(1)}, so that the next run starts without a backlog of other runs' writes. */
    private static void flushWriteCache() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    /** What GNU time measured of a process: peak RSS in KB and CPU seconds, -1 where unknown. */
    private record Usage(long peakKb, double cpuSeconds) {
        static final Usage UNKNOWN = new Usage(-1, -1);
    }

    /**
     * The last line GNU time wrote, "peak-KB user-s system-s" (it may write a "Command exited with
     * non-zero status" line first).
     */
    private static Usage usage(Path timeFile) throws IOException {
        if (!Files.exists(timeFile)) {
            return Usage.UNKNOWN;
        }
        List<String> lines = Files.readAllLines(timeFile);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.matches("\\d+ \\d+(\\.\\d+)? \\d+(\\.\\d+)?")) {
                String[] fields = line.split(" ");
                return new Usage(Long.parseLong(fields[0]), Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]));
            }
        }
        return Usage.UNKNOWN;
    }

    /** Stops a process and its descendants: politely, then by force after 10 s. */
    static void destroyTree(Process p) throws InterruptedException {
        p.toHandle().descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
