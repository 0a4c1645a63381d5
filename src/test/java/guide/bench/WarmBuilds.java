package guide.bench;

import guide.bench.TimedProcess.Run;
import guide.site.SiteSnapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static guide.bench.Figures.describe;
import static guide.bench.Figures.fmt;
import static guide.bench.Figures.joinWalls;
import static guide.bench.Figures.tail;

/**
 * {@code ./guide build} of one corpus handed to a running {@code ./guide daemon}: the same command
 * into a fresh output folder with no page cache (every page rendered, a whole fresh build), but
 * without the JVM's start-up and warm-up. First warm-up builds, not measured, until the daemon's
 * speed on the corpus settles (as for an editor who has used it a while); then one measured build
 * a turn, in each run of the cold race, with the daemon's own CPU time for it read from {@code /proc}
 * before and after. After each, it waits until the daemon is idle again (it empties its heap after
 * answering), so that the next cold build has the machine to itself. The last output is compared
 * file by file with the last cold build's.
 */
final class WarmBuilds implements ColdRace.Contender {
    /**
     * What a build that the daemon made prints, whatever the command was typed as: "(built by ./guide daemon, pid 42)",
     * or "(built by /home/ann/site/guide daemon, pid 42)" when the benchmark starts the script by its whole path.
     */
    private static final Pattern HANDED_TO_DAEMON = Pattern.compile("\\(built by \\S.* daemon, pid \\d+");
    private static final int MAX_WARM_UPS = 5;
    /** Idle: at most this much CPU time in {@link #IDLE_WINDOW_MS} (the kernel counts it in 10 ms ticks). */
    private static final double IDLE_CPU_SECONDS = 0.01;
    private static final long IDLE_WINDOW_MS = 100;
    private static final long IDLE_WAIT_MS = 5_000;

    private final BenchSetup setup;
    private final ProcessRunner processes;
    private final long pid;
    private final CorpusGenerator.Corpus corpus;
    private final Path dir;
    private final List<Run> measured = new ArrayList<>();
    private final List<Double> daemonCpu = new ArrayList<>();
    private Path lastOutput;

    /** @param pid the daemon's process id */
    WarmBuilds(BenchSetup setup, ProcessRunner processes, long pid, CorpusGenerator.Corpus corpus) {
        this.setup = setup;
        this.processes = processes;
        this.pid = pid;
        this.corpus = corpus;
        // Like the cold runs, every build writes into a new folder and none deletes anything (see ColdRace.runFolder):
        // deleting the last output right before a build made each later one slower (9.7 to 18.1 s in one run).
        this.dir = setup.sizeDir(corpus.perLanguage()).resolve("guide-warm");
    }

    /**
     * Warm-up builds until the daemon's speed on this corpus settles: two builds in a row within 10 %
     * (at most 5).
     *
     * @return why the daemon cannot be measured, if a build was not handed to it
     */
    Optional<String> warmUp() throws Exception {
        List<Run> warmUps = new ArrayList<>();
        while (warmUps.size() < MAX_WARM_UPS && (warmUps.size() < 2 || settling(warmUps))) {
            int k = warmUps.size() + 1;
            Run run = processes.run(setup.guideBuild(corpus.dir(), dir.resolve("warm-up-" + k + "/site")),
                    dir.resolveSibling("logs/warm-up-" + k), true);
            if (!run.ok() || !HANDED_TO_DAEMON.matcher(run.err()).find()) {
                String note = "the build was not handed to the daemon: " + tail(run.err() + run.out(), 5);
                System.out.println("  " + note);
                return Optional.of(note);
            }
            warmUps.add(run);
        }
        System.out.printf(Locale.ROOT, "[N=%d] warm builder, %d warm-up builds (not measured): %s s%n", corpus.perLanguage(),
                warmUps.size(), joinWalls(warmUps));
        return Optional.empty();
    }

    /** Whether the last two warm-up builds still differ by 10 % or more. */
    private static boolean settling(List<Run> warmUps) {
        double last = warmUps.get(warmUps.size() - 1).wallSeconds();
        double before = warmUps.get(warmUps.size() - 2).wallSeconds();
        return Math.abs(last - before) >= 0.1 * before;
    }

    @Override
    public void turn(int r) throws Exception {
        lastOutput = dir.resolve("run-" + r + "/site");
        double cpuBefore = cpuSeconds(pid);
        Run run = processes.run(setup.guideBuild(corpus.dir(), lastOutput), dir.resolveSibling("logs/warm-" + r), true);
        double cpuAfter = cpuSeconds(pid);
        measured.add(run);
        daemonCpu.add(cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
        // Memory and CPU are the small client's: the daemon does the work.
        System.out.printf(Locale.ROOT, "[N=%d] warm builder run %d/%d: %s (client), %s s CPU (daemon)%n", corpus.perLanguage(), r,
                setup.runs(), describe(run), fmt(daemonCpu.get(r - 1), 2));
        awaitIdle();
    }

    /**
     * Waits (at most 5 s) until the daemon's CPU time stops growing: after answering a build it runs a
     * full collection, which would otherwise share the machine with the next cold build. Not measured.
     */
    private void awaitIdle() throws InterruptedException {
        long until = System.nanoTime() + IDLE_WAIT_MS * 1_000_000;
        double before = cpuSeconds(pid);
        while (before >= 0 && System.nanoTime() < until) {
            Thread.sleep(IDLE_WINDOW_MS);
            double now = cpuSeconds(pid);
            if (now < 0 || now - before <= IDLE_CPU_SECONDS) {
                return;
            }
            before = now;
        }
    }

    /** The row of the measured builds, with the daemon's peak memory so far. */
    WarmRow row() {
        long pages = measured.stream().filter(Run::ok).findFirst().flatMap(r -> r.number(GuideBuilds.BUILT)).orElse((long) corpus.htmlPages());
        return new WarmRow(corpus.perLanguage(), pages, List.copyOf(measured), List.copyOf(daemonCpu), peakRssKb(pid), sameAsCold());
    }

    /** The CPU time the process has used so far (user + system), in seconds; -1 if unknown. */
    private static double cpuSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    /** The process's peak resident memory so far (VmHWM), in KB; -1 if unknown. */
    private static long peakRssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Whether the last warm build wrote the same files, byte for byte, as the last cold build of the same corpus. */
    private String sameAsCold() {
        Path cold = setup.sizeDir(corpus.perLanguage()).resolve("guide-cold/run-" + setup.runs() + "/site");
        if (lastOutput == null || !Files.isDirectory(lastOutput) || !Files.isDirectory(cold)) {
            return "–";
        }
        try {
            Map<String, String> a = SiteSnapshot.of(cold);
            Map<String, String> b = SiteSnapshot.of(lastOutput);
            if (a.equals(b)) {
                return "yes (" + a.size() + " files)";
            }
            long differing = a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k))).count()
                    + b.keySet().stream().filter(k -> !a.containsKey(k)).count();
            return "NO: " + differing + " files differ";
        } catch (IOException e) {
            return "? (" + e.getMessage() + ")";
        }
    }
}
