package guide.bench;

import guide.bench.TimedProcess.Run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static guide.bench.Figures.describe;

/**
 * The guide's part in the cold race: {@code ./guide build} as a fresh process (a cold JVM, the command
 * editors run) into a fresh parent folder each run, so that neither an output nor the page cache the
 * guide keeps next to it is there. Anything a build writes into the corpus is removed before and
 * after it, so that every engine's run starts from the same files.
 */
final class GuideCold implements ColdRace.Contender {
    private final GuideBuilds builds;
    private final CorpusGenerator.Corpus corpus;
    private final Path dir;
    private final GeneratedFolder generated;
    private final int runs;
    private final List<Run> measured = new ArrayList<>();
    private Path lastOutput;

    /**
     * @param dir       the size's folder: the runs go to {@code dir/guide-cold/run-<k>}, the logs to {@code dir/logs}
     * @param generated the corpus as generated
     */
    GuideCold(GuideBuilds builds, CorpusGenerator.Corpus corpus, Path dir, GeneratedFolder generated, int runs) {
        this.builds = builds;
        this.corpus = corpus;
        this.dir = dir;
        this.generated = generated;
        this.runs = runs;
    }

    @Override
    public void turn(int r) throws Exception {
        // A fresh parent folder per cold run: no output, and nothing the guide keeps next to it (its page
        // cache). Runs delete nothing: see ColdRace.runFolder.
        generated.removeAdded("guide");
        lastOutput = ColdRace.runFolder(dir, "guide-cold", r).resolve("site");
        CorpusGenerator.deleteTree(lastOutput);
        Run run = builds.build(corpus.dir(), lastOutput, dir.resolve("logs/guide-" + r), false);
        System.out.printf(Locale.ROOT, "[N=%d] guide       run %d/%d: %s%n", corpus.perLanguage(), r, runs, describe(run));
        measured.add(run);
        generated.removeAdded("guide");
    }

    /** The output of the last run (null before the first): what "nothing changed" and the search figures start from. */
    Path lastOutput() {
        return lastOutput;
    }

    ColdRow row() {
        long pages = measured.stream().filter(Run::ok).findFirst().flatMap(r -> r.number(GuideBuilds.BUILT)).orElse((long) corpus.htmlPages());
        return new ColdRow(Engine.GUIDE, corpus.perLanguage(), pages, List.copyOf(measured), List.of());
    }
}
