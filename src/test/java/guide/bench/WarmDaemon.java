package guide.bench;

import guide.daemon.DaemonFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static guide.bench.Figures.tail;

/**
 * The {@code ./guide daemon} the benchmark starts for its warm builder row, once, before the first
 * corpus size, and stops when it is closed (or when the benchmark's JVM ends); between its builds it
 * waits, idle, while the cold builds run. It is not started when a daemon of the editor's already
 * runs: that one would take the builds, with whatever it has built before. When the daemon cannot be
 * used, {@link #note} says why, and it takes no builds.
 */
final class WarmDaemon implements AutoCloseable {
    private final BenchSetup setup;
    private final ProcessRunner processes;
    private final Process process;
    private final Thread killer;
    private final long pid;
    private String note;

    /**
     * @param process the daemon's process, null for none to stop
     * @param pid     the daemon's process id, whose CPU time and memory are read; -1 if it did not start
     */
    WarmDaemon(BenchSetup setup, ProcessRunner processes, Process process, Thread killer, long pid, String note) {
        this.setup = setup;
        this.processes = processes;
        this.process = process;
        this.killer = killer;
        this.pid = pid;
        this.note = note;
    }

    /** Starts {@code ./guide daemon} and waits (at most 5 minutes) until it takes builds. */
    static WarmDaemon start(BenchSetup setup, ProcessRunner processes) throws Exception {
        Optional<DaemonFile> running = DaemonFile.read(setup.project())
                .filter(d -> ProcessHandle.of(d.pid()).map(ProcessHandle::isAlive).orElse(false));
        if (running.isPresent()) {
            String note = "skipped: a ./guide daemon of yours already runs (pid " + running.get().pid() + "); stop it to measure this";
            System.out.println("\n[warm builder] " + note);
            return new WarmDaemon(setup, processes, null, null, -1, note);
        }
        Path logs = setup.benchDir().resolve("daemon");
        Files.createDirectories(logs);
        System.out.println("\n[warm builder] ./guide daemon");
        Process daemon = new ProcessBuilder(setup.guide().toString(), "daemon").redirectOutput(logs.resolve("daemon.out").toFile())
                .redirectError(logs.resolve("daemon.err").toFile()).start();
        Thread killer = new Thread(() -> {
            try {
                TimedProcess.destroyTree(daemon);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(killer);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Optional<DaemonFile> started = Optional.empty();
        while (started.isEmpty() && daemon.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            started = DaemonFile.read(setup.project());
        }
        if (started.isEmpty()) {
            String note = "./guide daemon did not start: " + tail(Files.readString(logs.resolve("daemon.err")), 5);
            System.out.println("  " + note);
            return new WarmDaemon(setup, processes, daemon, killer, -1, note);
        }
        return new WarmDaemon(setup, processes, daemon, killer, started.get().pid(), null);
    }

    /** Why the daemon takes no (more) builds, if it does not. */
    Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * The daemon's builds of {@code corpus}, after its warm-up builds of it; empty when it takes no
     * builds, or when a warm-up build was not handed to it (then it takes no more).
     */
    Optional<WarmBuilds> warmUp(CorpusGenerator.Corpus corpus) throws Exception {
        if (note != null) {
            return Optional.empty();
        }
        WarmBuilds builds = new WarmBuilds(setup, processes, pid, corpus);
        note = builds.warmUp().orElse(null);
        return note == null ? Optional.of(builds) : Optional.empty();
    }

    /** Stops the daemon (asks it, then stops its process after a minute), if this started one. */
    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        processes.run(List.of(setup.guide().toString(), "daemon", "--stop"), setup.benchDir().resolve("daemon/stop"), true);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            TimedProcess.destroyTree(process);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
        System.out.println("[warm builder] daemon stopped");
    }
}
