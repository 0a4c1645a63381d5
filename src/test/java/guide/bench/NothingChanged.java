package guide.bench;

import guide.bench.TimedProcess.Run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static guide.bench.Figures.describe;

/**
 * "Nothing changed": the same {@code ./guide build} again, as a new process, on the same corpus and
 * the output the last cold build left, as often as the cold builds ran. What an editor waits for
 * after a build that changed nothing: the builder's look at its sources and at the last output.
 */
final class NothingChanged {
    private final GuideBuilds builds;
    private final int runs;

    NothingChanged(GuideBuilds builds, int runs) {
        this.builds = builds;
        this.runs = runs;
    }

    /**
     * @param guideOut the last cold build's output, or null
     * @param dir      the size's folder (the logs go to {@code dir/logs})
     * @return the runs; none when there was no cold build's output to build again
     */
    Rebuild measure(CorpusGenerator.Corpus corpus, Path dir, Path guideOut) throws Exception {
        int n = corpus.perLanguage();
        if (guideOut == null || !Files.isDirectory(guideOut)) {
            return new Rebuild(n, List.of());
        }
        List<Run> again = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Run run = builds.build(corpus.dir(), guideOut, dir.resolve("logs/guide-again-" + r), true);
            again.add(run);
            System.out.printf(Locale.ROOT, "[N=%d] guide, nothing changed, run %d/%d: %s%n", n, r, runs, describe(run));
        }
        return new Rebuild(n, List.copyOf(again));
    }
}
