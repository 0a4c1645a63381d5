package guide.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What every part of the benchmark works with: the project it measures, its work folder, the
 * {@code ./guide} script, the runs per engine and size, plain JBake's JVM flags, and which of Hugo
 * and Pagefind can run here (found once, at the start).
 *
 * @param plainJvmOpts plain JBake's JVM flags (empty: the JVM's defaults, as JBake's own launcher runs it)
 * @param converter    {@code bench/guide-to-hugo.py}, which converts a corpus for Hugo
 */
record BenchSetup(Path project, Path benchDir, Path guide, int runs, List<String> plainJvmOpts, Path converter,
                  HugoRun.Availability hugo, Optional<PagefindRun> pagefind) {

    /** The setup for {@code project}, with Hugo and Pagefind looked for (their versions asked for). */
    static BenchSetup of(Path project, int runs, List<String> plainJvmOpts) {
        Path converter = project.resolve("bench/guide-to-hugo.py");
        return new BenchSetup(project, project.resolve("target/bench"), project.resolve("guide"), runs, plainJvmOpts, converter,
                HugoRun.availability(converter), PagefindRun.find(project));
    }

    /** {@code ./guide build} of the project {@code projectDir} into {@code out}. */
    List<String> guideBuild(Path projectDir, Path out) {
        return List.of(guide.toString(), "build", "--project", projectDir.toString(), "--output", out.toString());
    }

    /** The folder of size {@code n}'s corpus, runs and logs: {@code target/bench/<n>}. */
    Path sizeDir(int n) {
        return benchDir.resolve(String.valueOf(n));
    }
}
