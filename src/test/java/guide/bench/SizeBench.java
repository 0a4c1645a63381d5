package guide.bench;

import guide.bench.BenchOptions.Size;
import guide.bench.TimedProcess.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the benchmark measures on one corpus size, in order: generates the corpus (and converts
 * it for Hugo), warms the daemon up on it, races the engines that build this size ({@link ColdRace})
 * with the warm daemon's build last in each run ({@link WarmBuilds}), so that its ratio to the cold
 * build compares builds of the same minutes; then measures the search index of the guide's last cold
 * build, and "nothing changed" on its output ({@link NothingChanged}).
 */
final class SizeBench {
    private final BenchSetup setup;
    private final ProcessRunner processes;
    private final GuideBuilds builds;
    private final WarmDaemon daemon;

    /** @param daemon the warm builder, which takes its turn in each size's race while it takes builds */
    SizeBench(BenchSetup setup, ProcessRunner processes, WarmDaemon daemon) {
        this.setup = setup;
        this.processes = processes;
        this.builds = new GuideBuilds(setup, processes);
        this.daemon = daemon;
    }

    SizeResult measure(Size size) throws Exception {
        int n = size.n();
        Path dir = setup.sizeDir(n);
        Files.createDirectories(dir);
        long t = System.nanoTime();
        CorpusGenerator.Corpus corpus = CorpusGenerator.generate(setup.project(), dir.resolve("corpus"), n);
        System.out.printf(Locale.ROOT, "%n[N=%d] corpus: %d articles per language generated in %.1f s (not measured)%n",
                n, n, (System.nanoTime() - t) / 1e9);
        HugoRun hugoSite = size.hugo() ? convertForHugo(corpus, dir) : null;
        GuideCold guide = new GuideCold(builds, corpus, dir, GeneratedFolder.of(corpus.dir()), setup.runs());
        PlainCold plain = size.plain() ? new PlainCold(setup, processes, corpus, dir) : null;
        HugoCold hugo = hugoSite == null ? null : new HugoCold(hugoSite, setup.pagefind(), n, dir, setup.runs());
        List<ColdRace.Contender> contenders = new ArrayList<>(List.of(guide));
        if (plain != null) {
            contenders.add(plain);
        }
        if (hugo != null) {
            contenders.add(hugo);
        }
        Optional<WarmBuilds> warm = daemon.warmUp(corpus);
        warm.ifPresent(contenders::add);
        ColdRace.run(setup.runs(), contenders);
        List<ColdRow> rows = new ArrayList<>(List.of(guide.row()));
        if (plain != null) {
            rows.add(plain.row());
        }
        if (size.hugo()) {
            // A conversion that failed leaves Hugo's row with no runs: the table says it failed.
            rows.addAll(hugo != null ? hugo.rows() : List.of(new ColdRow(Engine.HUGO, n, 0, List.of(), List.of())));
        }
        Path guideOut = guide.lastOutput();
        SearchFigures search = guideOut != null && Files.isDirectory(guideOut) ? measureSearch(corpus, guideOut, dir) : SearchFigures.NONE;
        Rebuild rebuild = new NothingChanged(builds, setup.runs()).measure(corpus, dir, guideOut);
        return new SizeResult(corpus, List.copyOf(rows), warm.map(WarmBuilds::row), search, rebuild);
    }

    /** Converts the corpus for Hugo (not measured); null, after saying why, if that failed. */
    private HugoRun convertForHugo(CorpusGenerator.Corpus corpus, Path dir) throws InterruptedException {
        long t = System.nanoTime();
        try {
            HugoRun site = HugoRun.convert(setup.converter(), corpus.dir(), dir.resolve("hugo-site"), dir.resolve("logs/guide-to-hugo"));
            System.out.printf(Locale.ROOT, "[N=%d] converted for Hugo by %s in %.1f s (not measured): %s%n", corpus.perLanguage(),
                    setup.converter().getFileName(), (System.nanoTime() - t) / 1e9, setup.project().relativize(site.siteDir()));
            return site;
        } catch (IOException e) {
            System.out.printf("[N=%d] Hugo skipped at this size: %s%n", corpus.perLanguage(), e.getMessage());
            return null;
        }
    }

    /**
     * The search index of the last cold build (size per language, sample queries in Chromium), and
     * the build's indexing phase from one more cold build that prints its phases.
     */
    private SearchFigures measureSearch(CorpusGenerator.Corpus corpus, Path site, Path dir) throws Exception {
        int n = corpus.perLanguage();
        List<SearchBench.IndexSize> sizes = SearchBench.sizes(n, site);
        CorpusGenerator.deleteTree(dir.resolve("guide-timed"));
        Path timedOut = dir.resolve("guide-timed/site");
        Files.createDirectories(timedOut.getParent());
        List<String> cmd = new ArrayList<>(List.of("env", "GUIDE_JAVA_OPTS=-Dguide.timings=true"));
        cmd.addAll(setup.guideBuild(corpus.dir(), timedOut));
        Run timed = builds.run(cmd, dir.resolve("logs/guide-timed"));
        long indexingMs = SearchBench.indexingMs(timed.err());
        CorpusGenerator.deleteTree(dir.resolve("guide-timed"));
        System.out.printf(Locale.ROOT, "[N=%d] search index: %s; indexing phase %d ms%n", n, sizes, indexingMs);
        List<SearchBench.Query> queries = SearchBench.queries(n, site);
        queries.forEach(q -> System.out.printf(Locale.ROOT, "[N=%d] search %s '%s': %d files, %.1f KB gzip, %.0f ms after the last key, %d results%n",
                n, q.lang(), q.query(), q.files(), q.gzipBytes() / 1024.0, q.msToResults(), q.results()));
        return new SearchFigures(sizes, Map.of(n, indexingMs), queries);
    }
}
