package guide.bench;

import guide.bench.TimedProcess.Run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static guide.bench.Figures.tail;

/**
 * {@code ./guide build} as the benchmark runs it, never handed to a daemon: once on the real site
 * before anything is measured, and for each measured build, with what keeps someone else's compile
 * from spoiling a run. {@code ./guide} compiles the builder when {@code src/main} changed, and a
 * compile running at the same time can leave {@code target/classes} half-written; a run that met
 * either is measured again.
 */
final class GuideBuilds {
    /** What {@code ./guide build} prints of its pages: "Built 212 pages". */
    static final Pattern BUILT = Pattern.compile("Built (\\d+) pages");
    private static final Pattern BROKEN_CLASSES = Pattern.compile("NoClassDefFoundError|ClassNotFoundException|Could not find or load main class");

    private final BenchSetup setup;
    private final ProcessRunner processes;

    GuideBuilds(BenchSetup setup, ProcessRunner processes) {
        this.setup = setup;
        this.processes = processes;
    }

    /**
     * Makes sure ./guide has nothing to compile and has recorded its class-data archive (both happen
     * on an editor's first build), so that no measured run pays for them: builds the real site once.
     * Exits the benchmark if that fails twice.
     */
    void warmUp() throws Exception {
        System.out.println("warm-up: ./guide build of the real site (compiles the builder if src/main changed, records"
                + " its class-data archive; not measured)");
        Path out = setup.benchDir().resolve("warmup-site");
        CorpusGenerator.deleteTree(out);
        List<String> cmd = setup.guideBuild(setup.project(), out.resolve("site"));
        Run build = processes.run(cmd, setup.benchDir().resolve("warmup"), false);
        if (!build.ok()) {
            System.out.println("  ./guide build failed (exit " + build.exit() + "); someone may be compiling at the same time: trying again in 20 s");
            Thread.sleep(20_000);
            CorpusGenerator.deleteTree(out);
            build = processes.run(cmd, setup.benchDir().resolve("warmup"), false);
        }
        if (!build.ok()) {
            System.out.println("./guide build failed (exit " + build.exit() + "):\n" + tail(build.err() + build.out(), 30));
            System.exit(1);
        }
    }

    /**
     * {@code ./guide build}; a run that had to compile the builder first is measured again. For a
     * "nothing changed" run ({@code rebuild}), the output is first brought up to date with the new
     * builder (not measured), since a changed builder rightly rebuilds everything; a cold run starts
     * again from an empty run folder (its parent), or it would find its own output and change nothing.
     */
    Run build(Path projectDir, Path out, Path log, boolean rebuild) throws Exception {
        List<String> cmd = setup.guideBuild(projectDir, out);
        Run run = processes.run(cmd, log, false);
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (run.err().contains("Compiling the builder")) {
                System.out.println("  (./guide recompiled the builder: src/main changed during the benchmark; run repeated)");
                if (rebuild) {
                    processes.run(cmd, log.resolveSibling(log.getFileName() + "-refresh"), false);
                } else {
                    CorpusGenerator.deleteTree(out.getParent());
                    Files.createDirectories(out.getParent());
                }
            } else if (!run.ok() && BROKEN_CLASSES.matcher(run.err()).find()) {
                System.out.println("  (./guide found target/classes half-written: a compile was running at the same time; run repeated in 15 s)");
                Thread.sleep(15_000);
            } else {
                break;
            }
            run = processes.run(cmd, log, false);
        }
        if (!run.ok()) {
            System.out.println(Figures.failure("./guide build", run));
        }
        return run;
    }

    /** Any other command (one that starts ./guide with other settings, say), not handed to a daemon either. */
    Run run(List<String> command, Path log) throws Exception {
        return processes.run(command, log, false);
    }
}
