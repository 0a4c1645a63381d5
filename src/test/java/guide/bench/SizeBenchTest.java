package guide.bench;

import guide.bench.BenchOptions.Size;
import guide.bench.TimedProcess.Run;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A size's builds, in the order the benchmark runs them: the warm daemon's build takes its turn in
 * each run of the cold builds, so that "wall vs cold" compares builds of the same minutes. The
 * builds are recorded, not run.
 */
class SizeBenchTest {
    private static final int N = 4;

    @Test
    void theWarmBuilderTakesItsTurnInEachRunOfTheColdBuilds(@TempDir Path tmp) throws Exception {
        BenchSetup setup = new BenchSetup(ProjectFixture.projectDir(), tmp.resolve("bench"), tmp.resolve("guide"), 2, List.of(),
                tmp.resolve("guide-to-hugo.py"), new HugoRun.Availability(Optional.empty(), "not here"), Optional.empty());
        List<String> builds = new ArrayList<>();
        ProcessRunner recorder = (command, log, daemonAllowed) -> {
            Path out = Path.of(command.get(command.indexOf("--output") + 1));
            builds.add(setup.sizeDir(N).relativize(out.getParent()).toString());
            // The benchmark starts the script by its whole path, and the daemon's builds name the command so.
            return new Run(1.0, 1024, 1.0, 0, "Built 14 pages", daemonAllowed ? "(built by " + setup.guide() + " daemon, pid 1)" : "", false);
        };
        // The test's own JVM stands in for the daemon, whose CPU time the warm builds read.
        WarmDaemon daemon = new WarmDaemon(setup, recorder, null, null, ProcessHandle.current().pid(), null);

        SizeResult result = new SizeBench(setup, recorder, daemon).measure(new Size(N, false, false));

        assertEquals(List.of("guide-warm/warm-up-1", "guide-warm/warm-up-2",
                "guide-cold/run-1", "guide-warm/run-1",
                "guide-cold/run-2", "guide-warm/run-2"), builds);
        assertEquals(2, result.warm().orElseThrow().runs().size(), "the warm row has a build per run");
    }
}
