package guide.bench;

import guide.bench.TimedProcess.Run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static guide.bench.Figures.describe;
import static guide.bench.Figures.fmt;

/**
 * Plain JBake's part in the cold race: {@link PlainJBake} (JBake's Oven on the bake source the guide
 * used to hand it) in a fresh JVM, with plain JBake's JVM flags, into a fresh folder each run. It
 * prints its preparation and JBake's bake time, which the table shows beside the wall time.
 */
final class PlainCold implements ColdRace.Contender {
    private static final Pattern BAKE_MS = Pattern.compile("bake-ms=(\\d+)");
    private static final Pattern PREP_MS = Pattern.compile("prep-ms=(\\d+)");
    private static final Pattern HTML_PAGES = Pattern.compile("html-pages=(\\d+)");

    private final BenchSetup setup;
    private final ProcessRunner processes;
    private final CorpusGenerator.Corpus corpus;
    private final Path dir;
    private final List<Run> measured = new ArrayList<>();
    private final List<Double> bakes = new ArrayList<>();

    /** @param dir the size's folder: the runs go to {@code dir/plain-cold/run-<k>}, the logs to {@code dir/logs} */
    PlainCold(BenchSetup setup, ProcessRunner processes, CorpusGenerator.Corpus corpus, Path dir) {
        this.setup = setup;
        this.processes = processes;
        this.corpus = corpus;
        this.dir = dir;
    }

    @Override
    public void turn(int r) throws Exception {
        Path out = ColdRace.runFolder(dir, "plain-cold", r).resolve("site");
        CorpusGenerator.deleteTree(out);
        CorpusGenerator.deleteTree(out.resolveSibling(out.getFileName() + "-source"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(setup.plainJvmOpts());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), PlainJBake.class.getName(),
                corpus.dir().toString(), out.toString()));
        Run run = processes.run(cmd, dir.resolve("logs/plain-" + r), false);
        System.out.printf(Locale.ROOT, "[N=%d] plain JBake run %d/%d: %s (prep %s s, JBake bake %s s)%n", corpus.perLanguage(), r,
                setup.runs(), describe(run), run.number(PREP_MS).map(ms -> fmt(ms / 1000.0, 1)).orElse("?"),
                run.number(BAKE_MS).map(ms -> fmt(ms / 1000.0, 1)).orElse("?"));
        if (!run.ok()) {
            System.out.println(Figures.failure("plain JBake", run));
        }
        measured.add(run);
        run.number(BAKE_MS).ifPresent(ms -> bakes.add(ms / 1000.0));
    }

    ColdRow row() {
        long pages = measured.stream().filter(Run::ok).findFirst().flatMap(r -> r.number(HTML_PAGES)).orElse((long) corpus.htmlPages());
        return new ColdRow(Engine.PLAIN_JBAKE, corpus.perLanguage(), pages, List.copyOf(measured), List.copyOf(bakes));
    }
}
