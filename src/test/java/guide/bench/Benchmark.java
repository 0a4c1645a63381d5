package guide.bench;

import guide.bench.BenchOptions.Size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guide's performance benchmark (run it with {@code bench/run}): on generated corpora of N
 * articles per language, cold builds with {@code ./guide build} as a fresh process against plain
 * JBake ({@link PlainJBake}, JBake's Oven) and Hugo ({@link HugoRun}) as fresh processes,
 * alternating, and the same builds handed to a warm {@code ./guide daemon} in turn with them; a
 * "nothing changed" rebuild; and the preview's edit-to-served latency with {@code ./guide serve} and {@code hugo server}
 * ({@link HugoPreview}). This class runs the parts in order and hands what they measured to the
 * report ({@link ResultsReport}); each part is a class of its own ({@link SizeBench}, {@link WarmDaemon},
 * {@link GuidePreview}).
 *
 * <pre>
 * bench/run                          N = 100 and 1000, all three engines (default)
 * bench/run 100                      one size
 * bench/run --without-jbake 5000     the guide and Hugo
 * bench/run --guide-only 5000        the guide alone
 * bench/run 100 1000 --without-jbake 5000
 * options: --runs K (3)  --edits K (5)  --serve N | --no-serve  --no-jbake  --no-hugo  (see {@link BenchOptions})
 * system properties: bench.sizes=100,1000  bench.withoutJbake=5000  bench.guideOnly=5000  bench.runs=3  bench.edits=5
 *   bench.plainJvmOpts="-Xmx512m ..." (default: none, JVM defaults, as JBake's own launcher runs)
 * </pre>
 */
public final class Benchmark {
    private final BenchSetup setup;
    private final ProcessRunner processes = ProcessRunner.TIMED;

    private Benchmark(BenchSetup setup) {
        this.setup = setup;
    }

    public static void main(String[] args) throws Exception {
        Optional<BenchOptions> options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench/run: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.isEmpty()) {
            System.err.println(BenchOptions.USAGE);
            return;
        }
        if (!Files.isExecutable(TimedProcess.TIME)) {
            System.err.println("/usr/bin/time is missing: install it (Debian: apt-get install -y time)");
            System.exit(2);
        }
        String opts = System.getProperty("bench.plainJvmOpts", "").strip();
        List<String> plainOpts = opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
        Path project = Path.of(System.getProperty("guide.project.dir", ".")).toAbsolutePath().normalize();
        BenchOptions o = options.get();
        new Benchmark(BenchSetup.of(project, o.runs(), plainOpts)).run(o.sizes(), o.serveN(), o.edits());
    }

    private void run(List<Size> asked, Integer serveN, int edits) throws Exception {
        long start = System.nanoTime();
        List<Size> sizes = asked.stream().map(s -> new Size(s.n(), s.plain(), s.hugo() && setup.hugo().ok())).toList();
        boolean hugoAsked = asked.stream().anyMatch(Size::hugo);
        new MachineHeader(setup).print(sizes, serveN, edits, hugoAsked);
        Files.createDirectories(setup.benchDir());
        deleteRunFolders(setup.benchDir());
        new GuideBuilds(setup, processes).warmUp();
        List<SizeResult> measured = new ArrayList<>();
        Optional<String> warmNote;
        // One daemon for all sizes, started before the first: it waits, idle, while the cold builds run.
        try (WarmDaemon daemon = WarmDaemon.start(setup, processes)) {
            SizeBench sizeBench = new SizeBench(setup, processes, daemon);
            for (Size size : sizes) {
                measured.add(sizeBench.measure(size));
            }
            warmNote = daemon.note();
        }
        GuidePreview.Result serve = null;
        GuidePreview.Result restarted = null;
        HugoPreview.Result hugoServe = null;
        if (serveN != null) {
            GuidePreview preview = new GuidePreview(setup);
            serve = preview.measure(serveN, edits, true);
            if (serve.failure() == null) {
                restarted = preview.measure(serveN, GuidePreview.RESTART_EDITS, false);
            }
            if (sizes.stream().anyMatch(Size::hugo)) {
                hugoServe = new HugoPreview(setup.project(), setup.benchDir().resolve("hugo-serve-" + serveN), setup.converter())
                        .measure(serveN, edits);
            }
        }
        SearchFigures search = measured.stream().map(SizeResult::search).reduce(SearchFigures.NONE, SearchFigures::plus);
        List<WarmRow> warm = measured.stream().flatMap(s -> s.warm().stream()).toList();
        Results results = new Results(measured.stream().flatMap(s -> s.rows().stream()).toList(), warm, warmNote, search,
                measured.stream().map(SizeResult::rebuild).toList(), serve, restarted, hugoServe);
        new ResultsReport(setup, results).print(hugoAsked);
        deleteRunFolders(setup.benchDir());
        System.out.printf(Locale.ROOT, "%nBenchmark took %.1f min; load average at the end: %s.%n", (System.nanoTime() - start) / 60e9,
                MachineHeader.loadAverage());
    }

    /** Deletes the cold runs' and the warm builder's folders of every size (see {@link ColdRace#runFolder}). */
    static void deleteRunFolders(Path benchDir) throws IOException {
        if (!Files.isDirectory(benchDir)) {
            return;
        }
        try (var sizes = Files.list(benchDir)) {
            for (Path size : sizes.filter(Files::isDirectory).toList()) {
                // plain-site: where plain JBake's runs went before they had a folder each.
                for (String engine : List.of("guide-cold", "plain-cold", "hugo-cold", "plain-site", "guide-warm")) {
                    CorpusGenerator.deleteTree(size.resolve(engine));
                }
            }
        }
    }
}
