package guide.bench;

import guide.bench.BenchOptions.Size;
import guide.bench.TimedProcess.Run;
import guide.daemon.DaemonFile;
import guide.site.SiteSnapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guide's performance benchmark (run it with {@code bench/run}): on generated corpora of N
 * articles per language, cold builds with {@code ./guide build} as a fresh process against plain
 * JBake ({@link PlainJBake}, JBake's Oven) and Hugo ({@link HugoRun}) as fresh processes,
 * alternating; a "nothing changed" rebuild; the same builds handed to a warm {@code ./guide daemon};
 * and the preview's edit-to-served latency with {@code ./guide serve} and {@code hugo server}
 * ({@link HugoPreview}).
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
    private static final Pattern BUILT = Pattern.compile("Built (\\d+) pages");
    private static final Pattern BAKE_MS = Pattern.compile("bake-ms=(\\d+)");
    private static final Pattern PREP_MS = Pattern.compile("prep-ms=(\\d+)");
    private static final Pattern HTML_PAGES = Pattern.compile("html-pages=(\\d+)");
    private static final Pattern SERVER_BUILD = Pattern.compile("^Build (\\d+): (\\d+) pages in ([0-9.]+) s");
    private static final Pattern BROKEN_CLASSES = Pattern.compile("NoClassDefFoundError|ClassNotFoundException|Could not find or load main class");
    private static final Path TIME = TimedProcess.TIME;

    private final Path project;
    private final Path benchDir;
    private final Path guide;
    private final int runs;
    private final List<String> plainJvmOpts;
    private final Path converter;
    private final HugoRun.Availability hugo;
    private final Optional<PagefindRun> pagefind;
    private final List<Row> rows = new ArrayList<>();
    private final List<String[]> rebuilds = new ArrayList<>();
    /** "Nothing changed" medians in seconds, by articles per language. */
    private final Map<Integer, Double> nothingChanged = new TreeMap<>();
    private final Map<Integer, CorpusGenerator.Corpus> corpora = new TreeMap<>();
    private final List<WarmRow> warmRows = new ArrayList<>();
    private final List<SearchBench.IndexSize> searchSizes = new ArrayList<>();
    private final Map<Integer, Long> indexingMs = new TreeMap<>();
    private final List<SearchBench.Query> searchQueries = new ArrayList<>();
    private String warmNote;

    /**
     * Builds of one corpus handed to a warm {@code ./guide daemon}; the daemon's CPU seconds for each (-1 if unknown) and
     * its peak RSS after them.
     */
    private record WarmRow(int n, long pages, List<Run> runs, List<Double> daemonCpu, long daemonPeakKb, String sameAsCold) {
        double medianWall() {
            return median(runs.stream().filter(Run::ok).map(Run::wallSeconds).toList());
        }

        double medianCpu() {
            return daemonCpu.stream().anyMatch(c -> c < 0) ? -1 : median(daemonCpu);
        }
    }

    /** A line of the results table. */
    private record Row(String engine, int n, long pages, List<Run> runs, List<Double> bakeSeconds) {
        List<Run> good() {
            return runs.stream().filter(Run::ok).toList();
        }

        double medianWall() {
            return median(good().stream().map(Run::wallSeconds).toList());
        }
    }

    private Benchmark(Path project, int runs, List<String> plainJvmOpts) {
        this.project = project;
        this.benchDir = project.resolve("target/bench");
        this.guide = project.resolve("guide");
        this.runs = runs;
        this.plainJvmOpts = plainJvmOpts;
        this.converter = project.resolve("bench/guide-to-hugo.py");
        this.hugo = HugoRun.availability(converter);
        this.pagefind = PagefindRun.find(project);
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
        if (!Files.isExecutable(TIME)) {
            System.err.println("/usr/bin/time is missing: install it (Debian: apt-get install -y time)");
            System.exit(2);
        }
        String opts = System.getProperty("bench.plainJvmOpts", "").strip();
        List<String> plainOpts = opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
        Path project = Path.of(System.getProperty("guide.project.dir", ".")).toAbsolutePath().normalize();
        BenchOptions o = options.get();
        new Benchmark(project, o.runs(), plainOpts).run(o.sizes(), o.serveN(), o.edits());
    }

    private void run(List<Size> asked, Integer serveN, int edits) throws Exception {
        long start = System.nanoTime();
        List<Size> sizes = asked.stream().map(s -> new Size(s.n(), s.plain(), s.hugo() && hugo.ok())).toList();
        boolean hugoAsked = asked.stream().anyMatch(Size::hugo);
        printHeader(sizes, serveN, edits, hugoAsked);
        Files.createDirectories(benchDir);
        deleteRunFolders();
        warmUp();
        for (Size size : sizes) {
            measureSize(size);
        }
        measureWarmBuilder();
        ServeResult serve = null;
        ServeResult restarted = null;
        HugoPreview.Result hugoServe = null;
        if (serveN != null) {
            serve = measurePreview(serveN, edits, true);
            if (serve.failure == null) {
                restarted = measurePreview(serveN, RESTART_EDITS, false);
            }
            if (sizes.stream().anyMatch(Size::hugo)) {
                hugoServe = new HugoPreview(project, benchDir.resolve("hugo-serve-" + serveN), converter).measure(serveN, edits);
            }
        }
        System.out.println();
        System.out.println("=".repeat(100));
        printResults(serve, restarted, hugoAsked);
        if (hugoServe != null) {
            hugoServe.print(serve == null || serve.failure != null ? null
                    : median(serve.edits.stream().map(Edit::millis).filter(m -> !Double.isNaN(m)).toList()));
        }
        printTargets(serve);
        deleteRunFolders();
        System.out.printf(Locale.ROOT, "%nBenchmark took %.1f min; load average at the end: %s.%n", (System.nanoTime() - start) / 60e9,
                loadAverage());
    }

    // ------------------------------------------------------------------ header

    private void printHeader(List<Size> sizes, Integer serveN, int edits, boolean hugoAsked) {
        System.out.println("# guide benchmark, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        System.out.println("cpu:        " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel());
        System.out.println("memory:     " + memTotal());
        System.out.println("load avg:   " + loadAverage() + " at start (other work on the machine skews the figures)");
        System.out.println("java:       " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        System.out.println("guide JVM:  " + guideJvmFlags() + "  (from ./guide)");
        System.out.println("plain JVM:  " + (plainJvmOpts.isEmpty() ? "(JVM defaults, as JBake's launcher)" : String.join(" ", plainJvmOpts)));
        System.out.println("hugo:       " + (hugo.ok() ? hugo.version().orElseThrow() + "  (site converted by " + project.relativize(converter) + ")"
                : hugoAsked ? hugo.problem() + ": " + HugoRun.SKIPPED : "not asked for"));
        System.out.println("pagefind:   " + pagefind.map(p -> p.version() + "  (run on Hugo's output after each Hugo build: the Hugo + Pagefind row)")
                .orElse("not found (bench/run installs npm's pagefind " + PagefindRun.VERSION + " into target/bench-tools): the Hugo + Pagefind row is skipped"));
        System.out.println("sizes:      " + String.join(", ", sizes.stream().map(s -> s.n() + s.engines()).toList())
                + " articles per language; " + runs + " runs each, alternating");
        System.out.println("preview:    " + (serveN == null ? "skipped" : "N=" + serveN + ", " + edits + " edits"
                + (sizes.stream().anyMatch(Size::hugo) ? ", ./guide serve and hugo server" : ", ./guide serve")));
        System.out.println("corpus:     generated, seed " + CorpusGenerator.SEED + ", ~" + CorpusGenerator.TARGET_WORDS
                + " words per article, pl + en, plus home, about and 404 per language");
        System.out.println("work dir:   " + project.relativize(benchDir));
        System.out.println();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown cpu");
        } catch (IOException e) {
            return "unknown cpu";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private String guideJvmFlags() {
        try {
            return Files.readAllLines(guide).stream().filter(l -> l.startsWith("java_opts=(")).findFirst()
                    .map(l -> String.join(" ", Arrays.stream(l.replaceAll("[()]", " ").strip().split("\\s+")).filter(t -> t.startsWith("-X")).toList())
                            + " + class-data archive")
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    // ------------------------------------------------------------------ cold builds

    /**
     * Makes sure ./guide has nothing to compile and has recorded its class-data archive (both happen
     * on an editor's first build), so that no measured run pays for them: builds the real site once.
     */
    private void warmUp() throws Exception {
        System.out.println("warm-up: ./guide build of the real site (compiles the builder if src/main changed, records"
                + " its class-data archive; not measured)");
        Path out = benchDir.resolve("warmup-site");
        CorpusGenerator.deleteTree(out);
        List<String> cmd = List.of(guide.toString(), "build", "--project", project.toString(), "--output", out.resolve("site").toString());
        Run build = exec(cmd, benchDir.resolve("warmup"));
        if (!build.ok()) {
            System.out.println("  ./guide build failed (exit " + build.exit() + "); someone may be compiling at the same time: trying again in 20 s");
            Thread.sleep(20_000);
            CorpusGenerator.deleteTree(out);
            build = exec(cmd, benchDir.resolve("warmup"));
        }
        if (!build.ok()) {
            System.out.println("./guide build failed (exit " + build.exit() + "):\n" + tail(build.err() + build.out(), 30));
            System.exit(1);
        }
    }

    private void measureSize(Size size) throws Exception {
        int n = size.n();
        Path dir = benchDir.resolve(String.valueOf(n));
        Files.createDirectories(dir);
        long t = System.nanoTime();
        CorpusGenerator.Corpus corpus = CorpusGenerator.generate(project, dir.resolve("corpus"), n);
        System.out.printf(Locale.ROOT, "%n[N=%d] corpus: %d articles per language generated in %.1f s (not measured)%n",
                n, n, (System.nanoTime() - t) / 1e9);
        corpora.put(n, corpus);
        HugoRun hugoSite = size.hugo() ? convertForHugo(corpus, dir) : null;
        GeneratedFolder generated = GeneratedFolder.of(corpus.dir());
        Path guideOut = null;
        List<Run> guideRuns = new ArrayList<>();
        List<Run> plainRuns = new ArrayList<>();
        List<Double> bakes = new ArrayList<>();
        List<HugoRun.Build> hugoBuilds = new ArrayList<>();
        List<Run> hugoSearchRuns = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            // A fresh parent folder per cold run: no output, and nothing the guide keeps next to it (its page
            // cache). Runs delete nothing: see coldRunFolder.
            generated.removeAdded("guide");
            guideOut = coldRunFolder(dir, "guide-cold", r).resolve("site");
            guideRuns.add(guideCold(corpus, guideOut, dir.resolve("logs/guide-" + r), r));
            generated.removeAdded("guide");
            if (size.plain()) {
                Run plain = plainCold(corpus, coldRunFolder(dir, "plain-cold", r).resolve("site"), dir.resolve("logs/plain-" + r), r);
                plainRuns.add(plain);
                plain.number(BAKE_MS).ifPresent(ms -> bakes.add(ms / 1000.0));
            }
            if (hugoSite != null) {
                Path hugoRun = coldRunFolder(dir, "hugo-cold", r);
                HugoRun.Build build = hugoCold(hugoSite, hugoRun, dir.resolve("logs/hugo-" + r), n, r);
                hugoBuilds.add(build);
                if (pagefind.isPresent() && build.run().ok()) {
                    hugoSearchRuns.add(pagefindAfter(build, hugoRun.resolve("public"), dir.resolve("logs/pagefind-" + r), n, r));
                }
            }
        }
        long pages = guideRuns.stream().filter(Run::ok).findFirst().flatMap(r -> r.number(BUILT)).orElse((long) corpus.htmlPages());
        rows.add(new Row("guide", n, pages, guideRuns, List.of()));
        if (size.plain()) {
            long plainPages = plainRuns.stream().filter(Run::ok).findFirst().flatMap(r -> r.number(HTML_PAGES)).orElse((long) corpus.htmlPages());
            rows.add(new Row("plain JBake", n, plainPages, plainRuns, bakes));
        }
        if (size.hugo()) {
            long hugoPages = hugoBuilds.stream().filter(b -> b.run().ok()).findFirst().map(HugoRun.Build::htmlFiles).orElse(0L);
            rows.add(new Row("Hugo", n, hugoPages, hugoBuilds.stream().map(HugoRun.Build::run).toList(), List.of()));
            if (!hugoSearchRuns.isEmpty()) {
                rows.add(new Row("Hugo + Pagefind", n, hugoPages, hugoSearchRuns, List.of()));
            }
        }
        if (guideOut != null && Files.isDirectory(guideOut)) {
            measureSearch(corpus, guideOut, dir);
        }
        measureNothingChanged(corpus, dir, guideOut);
    }

    /**
     * The folder of cold run {@code r} of one engine, {@code dir/<engine>/run-r}, new and empty. No
     * measured run deletes anything: the cold runs' folders are deleted before the benchmark starts
     * ({@link #deleteRunFolders}, the last invocation's) and when it ends. On a file system without a
     * journal (ext4 as this project's test machines mount it), creating a file within 30 s of deleting
     * thousands costs the kernel a look at each recently freed inode (ext4's {@code recently_deleted});
     * deleting the last run's ~9,000 files right before a cold build added 1 to 3 s of system time to
     * it, and more to the guide's than to Hugo's, which writes a third as many files.
     */
    private static Path coldRunFolder(Path dir, String engine, int r) throws IOException {
        Path folder = dir.resolve(engine).resolve("run-" + r);
        CorpusGenerator.deleteTree(folder);
        Files.createDirectories(folder);
        return folder;
    }

    /** Deletes the cold runs' and the warm builder's folders of every size (see {@link #coldRunFolder}). */
    private void deleteRunFolders() throws IOException {
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

    /** Converts the corpus for Hugo (not measured); null, after saying why, if that failed. */
    private HugoRun convertForHugo(CorpusGenerator.Corpus corpus, Path dir) throws InterruptedException {
        long t = System.nanoTime();
        try {
            HugoRun site = HugoRun.convert(converter, corpus.dir(), dir.resolve("hugo-site"), dir.resolve("logs/guide-to-hugo"));
            System.out.printf(Locale.ROOT, "[N=%d] converted for Hugo by %s in %.1f s (not measured): %s%n", corpus.perLanguage(),
                    converter.getFileName(), (System.nanoTime() - t) / 1e9, project.relativize(site.siteDir()));
            return site;
        } catch (IOException e) {
            System.out.printf("[N=%d] Hugo skipped at this size: %s%n", corpus.perLanguage(), e.getMessage());
            return null;
        }
    }

    /** Pagefind on a Hugo build's output; returned as one run with the build (their wall times added). */
    private Run pagefindAfter(HugoRun.Build build, Path site, Path log, int n, int r) throws Exception {
        Run index = pagefind.orElseThrow().index(site, log);
        System.out.printf(Locale.ROOT, "[N=%d] Pagefind    run %d/%d: %s, %s pages indexed%n", n, r, runs, describe(index),
                PagefindRun.indexedPages(index).map(String::valueOf).orElse("?"));
        if (!index.ok()) {
            System.out.println("  pagefind failed (exit " + index.exit() + (index.timedOut() ? ", timed out" : "") + "):\n"
                    + indent(tail(index.err() + index.out(), 20)));
        }
        return PagefindRun.combined(build.run(), index);
    }

    private HugoRun.Build hugoCold(HugoRun site, Path runDir, Path log, int n, int r) throws Exception {
        HugoRun.Build build = site.build(runDir, log);
        System.out.printf(Locale.ROOT, "[N=%d] Hugo        run %d/%d: %s, %d HTML files%n", n, r, runs, describe(build.run()), build.htmlFiles());
        if (!build.run().ok()) {
            System.out.println("  hugo failed (exit " + build.run().exit() + (build.run().timedOut() ? ", timed out" : "") + "):\n"
                    + indent(tail(build.run().err() + build.run().out(), 20)));
        }
        return build;
    }

    /** "Nothing changed": the same command again, on the same corpus and the output the last cold run left. */
    private void measureNothingChanged(CorpusGenerator.Corpus corpus, Path dir, Path guideOut) throws Exception {
        int n = corpus.perLanguage();
        if (guideOut == null || !Files.isDirectory(guideOut)) {
            rebuilds.add(new String[]{String.valueOf(n), "–", "no good build to rebuild", ""});
            return;
        }
        List<Run> again = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Run run = guideRun(corpus, guideOut, dir.resolve("logs/guide-again-" + r), true);
            again.add(run);
            System.out.printf(Locale.ROOT, "[N=%d] guide, nothing changed, run %d/%d: %s%n", n, r, runs, describe(run));
        }
        List<Double> walls = again.stream().filter(Run::ok).map(Run::wallSeconds).toList();
        double cold = guideRow(n).map(Row::medianWall).orElse(Double.NaN);
        if (!walls.isEmpty()) {
            nothingChanged.put(n, median(walls));
        }
        rebuilds.add(new String[]{String.valueOf(n), walls.isEmpty() ? "failed" : fmt(median(walls), 2),
                walls.isEmpty() || Double.isNaN(cold) ? "–" : fmt(median(walls) / cold, 2) + " ×",
                joinWalls(again)});
    }

    /**
     * The search index of the last cold build (size per language, sample queries in Chromium), and
     * the build's indexing phase from one more cold build that prints its phases.
     */
    private void measureSearch(CorpusGenerator.Corpus corpus, Path site, Path dir) throws Exception {
        int n = corpus.perLanguage();
        searchSizes.addAll(SearchBench.sizes(n, site));
        CorpusGenerator.deleteTree(dir.resolve("guide-timed"));
        Path timedOut = dir.resolve("guide-timed/site");
        Files.createDirectories(timedOut.getParent());
        List<String> cmd = List.of("env", "GUIDE_JAVA_OPTS=-Dguide.timings=true", guide.toString(), "build", "--project",
                corpus.dir().toString(), "--output", timedOut.toString());
        Run timed = exec(cmd, dir.resolve("logs/guide-timed"));
        indexingMs.put(n, SearchBench.indexingMs(timed.err()));
        CorpusGenerator.deleteTree(dir.resolve("guide-timed"));
        System.out.printf(Locale.ROOT, "[N=%d] search index: %s; indexing phase %d ms%n", n,
                searchSizes.subList(searchSizes.size() - 2, searchSizes.size()), indexingMs.get(n));
        List<SearchBench.Query> queries = SearchBench.queries(n, site);
        queries.forEach(q -> System.out.printf(Locale.ROOT, "[N=%d] search %s '%s': %d files, %.1f KB gzip, %.0f ms after the last key, %d results%n",
                n, q.lang(), q.query(), q.files(), q.gzipBytes() / 1024.0, q.msToResults(), q.results()));
        searchQueries.addAll(queries);
    }

    /** The guide's cold-build row for size {@code n}, if it has a good run. */
    private Optional<Row> guideRow(int n) {
        return rows.stream().filter(r -> r.engine.equals("guide") && r.n == n && !r.good().isEmpty()).findFirst();
    }

    private Run guideCold(CorpusGenerator.Corpus corpus, Path out, Path log, int r) throws Exception {
        CorpusGenerator.deleteTree(out);
        Run run = guideRun(corpus, out, log, false);
        System.out.printf(Locale.ROOT, "[N=%d] guide       run %d/%d: %s%n", corpus.perLanguage(), r, runs, describe(run));
        return run;
    }

    /**
     * {@code ./guide build}; a run that had to compile the builder first is measured again. For a
     * "nothing changed" run ({@code rebuild}), the output is first brought up to date with the new
     * builder (not measured), since a changed builder rightly rebuilds everything; a cold run starts
     * again from an empty run folder (its parent), or it would find its own output and change nothing.
     */
    private Run guideRun(CorpusGenerator.Corpus corpus, Path out, Path log, boolean rebuild) throws Exception {
        List<String> cmd = List.of(guide.toString(), "build", "--project", corpus.dir().toString(), "--output", out.toString());
        Run run = exec(cmd, log);
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (run.err().contains("Compiling the builder")) {
                System.out.println("  (./guide recompiled the builder: src/main changed during the benchmark; run repeated)");
                if (rebuild) {
                    exec(cmd, log.resolveSibling(log.getFileName() + "-refresh"));
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
            run = exec(cmd, log);
        }
        if (!run.ok()) {
            System.out.println("  ./guide build failed (exit " + run.exit() + (run.timedOut() ? ", timed out" : "") + "):\n"
                    + indent(tail(run.err() + run.out(), 20)));
        }
        return run;
    }

    private Run plainCold(CorpusGenerator.Corpus corpus, Path out, Path log, int r) throws Exception {
        CorpusGenerator.deleteTree(out);
        CorpusGenerator.deleteTree(out.resolveSibling(out.getFileName() + "-source"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(plainJvmOpts);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), PlainJBake.class.getName(),
                corpus.dir().toString(), out.toString()));
        Run run = exec(cmd, log);
        System.out.printf(Locale.ROOT, "[N=%d] plain JBake run %d/%d: %s (prep %s s, JBake bake %s s)%n", corpus.perLanguage(), r, runs,
                describe(run), run.number(PREP_MS).map(ms -> fmt(ms / 1000.0, 1)).orElse("?"),
                run.number(BAKE_MS).map(ms -> fmt(ms / 1000.0, 1)).orElse("?"));
        if (!run.ok()) {
            System.out.println("  plain JBake failed (exit " + run.exit() + (run.timedOut() ? ", timed out" : "") + "):\n"
                    + indent(tail(run.err() + run.out(), 20)));
        }
        return run;
    }

    /**
     * Runs a command as a fresh process under /usr/bin/time: wall time around the process, peak RSS
     * from time. Builds here are never handed to a running {@code ./guide daemon} (an editor's, say).
     */
    private static Run exec(List<String> command, Path log) throws Exception {
        return exec(command, log, false);
    }

    private static Run exec(List<String> command, Path log, boolean daemonAllowed) throws Exception {
        return TimedProcess.exec(command, log, env -> {
            if (daemonAllowed) {
                env.remove("GUIDE_NO_DAEMON");
            } else {
                env.put("GUIDE_NO_DAEMON", "1");
            }
        });
    }

    private static void destroyTree(Process p) throws InterruptedException {
        TimedProcess.destroyTree(p);
    }

    // ------------------------------------------------------------------ warm builder

    /**
     * {@code ./guide build} handed to a running {@code ./guide daemon}: the same command into a fresh
     * output folder with no page cache (every page rendered, a whole fresh build), but without the
     * JVM's start-up and warm-up. Per size, one build first, not measured (the daemon has built this
     * site once, as it would have for an editor), then the measured runs; the last output is compared
     * file by file with the cold build's.
     */
    private void measureWarmBuilder() throws Exception {
        Optional<DaemonFile> running = DaemonFile.read(project)
                .filter(d -> ProcessHandle.of(d.pid()).map(ProcessHandle::isAlive).orElse(false));
        if (running.isPresent()) {
            warmNote = "skipped: a ./guide daemon of yours already runs (pid " + running.get().pid() + "); stop it to measure this";
            System.out.println("\n[warm builder] " + warmNote);
            return;
        }
        Path logs = benchDir.resolve("daemon");
        Files.createDirectories(logs);
        System.out.println("\n[warm builder] ./guide daemon");
        Process daemon = new ProcessBuilder(guide.toString(), "daemon").redirectOutput(logs.resolve("daemon.out").toFile())
                .redirectError(logs.resolve("daemon.err").toFile()).start();
        Thread killer = new Thread(() -> {
            try {
                destroyTree(daemon);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            Optional<DaemonFile> started = Optional.empty();
            while (started.isEmpty() && daemon.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                started = DaemonFile.read(project);
            }
            if (started.isEmpty()) {
                warmNote = "./guide daemon did not start: " + tail(Files.readString(logs.resolve("daemon.err")), 5);
                System.out.println("  " + warmNote);
                return;
            }
            long pid = started.get().pid();
            for (CorpusGenerator.Corpus corpus : corpora.values()) {
                int n = corpus.perLanguage();
                // Like the cold runs, every build writes into a new folder and none deletes anything (see coldRunFolder):
                // deleting the last output right before a build made each later one slower (9.7 to 18.1 s in one run).
                Path dir = benchDir.resolve(String.valueOf(n)).resolve("guide-warm");
                // Warm-up until the daemon's speed on this corpus settles: two builds in a row within 10 %.
                List<Run> warmUps = new ArrayList<>();
                while (warmUps.size() < 5 && (warmUps.size() < 2 || settling(warmUps))) {
                    int k = warmUps.size() + 1;
                    Run run = exec(warmCommand(corpus, dir.resolve("warm-up-" + k + "/site")), dir.resolveSibling("logs/warm-up-" + k), true);
                    if (!run.ok() || !run.err().contains("built by ./guide daemon")) {
                        warmNote = "the build was not handed to the daemon: " + tail(run.err() + run.out(), 5);
                        System.out.println("  " + warmNote);
                        return;
                    }
                    warmUps.add(run);
                }
                System.out.printf(Locale.ROOT, "[N=%d] warm builder, %d warm-up builds (not measured): %s s%n", n, warmUps.size(), joinWalls(warmUps));
                List<Run> measured = new ArrayList<>();
                List<Double> daemonCpu = new ArrayList<>();
                Path out = null;
                for (int r = 1; r <= runs; r++) {
                    out = dir.resolve("run-" + r + "/site");
                    double cpuBefore = cpuSeconds(pid);
                    Run run = exec(warmCommand(corpus, out), dir.resolveSibling("logs/warm-" + r), true);
                    double cpuAfter = cpuSeconds(pid);
                    measured.add(run);
                    daemonCpu.add(cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
                    // Memory and CPU are the small client's: the daemon does the work.
                    System.out.printf(Locale.ROOT, "[N=%d] warm builder run %d/%d: %s (client), %s s CPU (daemon)%n", n, r, runs,
                            describe(run), fmt(daemonCpu.get(r - 1), 2));
                }
                long pages = measured.stream().filter(Run::ok).findFirst().flatMap(r -> r.number(BUILT)).orElse((long) corpus.htmlPages());
                warmRows.add(new WarmRow(n, pages, measured, daemonCpu, peakRssKb(pid), sameAsCold(n, out)));
            }
        } finally {
            exec(List.of(guide.toString(), "daemon", "--stop"), logs.resolve("stop"), true);
            if (!daemon.waitFor(60, TimeUnit.SECONDS)) {
                destroyTree(daemon);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
            System.out.println("[warm builder] daemon stopped");
        }
    }

    /** Whether the last two warm-up builds still differ by 10 % or more. */
    private static boolean settling(List<Run> warmUps) {
        double last = warmUps.get(warmUps.size() - 1).wallSeconds();
        double before = warmUps.get(warmUps.size() - 2).wallSeconds();
        return Math.abs(last - before) >= 0.1 * before;
    }

    private List<String> warmCommand(CorpusGenerator.Corpus corpus, Path out) {
        return List.of(guide.toString(), "build", "--project", corpus.dir().toString(), "--output", out.toString());
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

    /** Whether the warm build wrote the same files, byte for byte, as the last cold build of the same corpus. */
    private String sameAsCold(int n, Path warmOut) {
        Path cold = benchDir.resolve(String.valueOf(n)).resolve("guide-cold/run-" + runs + "/site");
        if (warmOut == null || !Files.isDirectory(warmOut) || !Files.isDirectory(cold)) {
            return "–";
        }
        try {
            Map<String, String> a = SiteSnapshot.of(cold);
            Map<String, String> b = SiteSnapshot.of(warmOut);
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

    // ------------------------------------------------------------------ preview latency

    /** One edit in the preview: how long until it was served, and whether the rest of the site agreed at that moment. */
    private record Edit(int number, String change, double millis, Double serverBuildSeconds, boolean consistent, String note) {
    }

    private record ServeResult(int n, double startSeconds, List<Edit> edits, String failure) {
    }

    /** Edits after the preview is started again on the output it left: it then renders no page at start. */
    private static final int RESTART_EDITS = 3;

    /**
     * Starts {@code ./guide serve} on a corpus of {@code n} articles per language and edits one article
     * {@code edits} times; {@code freshOutput}: into an empty output folder (the first build renders
     * every page), else into the one the last measurement left (the first build takes every page from it,
     * as when an editor starts the preview again).
     */
    private ServeResult measurePreview(int n, int edits, boolean freshOutput) throws Exception {
        Path dir = benchDir.resolve("serve-" + n);
        Files.createDirectories(dir);
        CorpusGenerator.Corpus corpus = CorpusGenerator.generate(project, dir.resolve("corpus"), n);
        Path out = dir.resolve("site");
        if (freshOutput) {
            CorpusGenerator.deleteTree(out);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        System.out.printf(Locale.ROOT, "%n[preview N=%d] ./guide serve --port %d%n", n, port);
        ProcessBuilder pb = new ProcessBuilder(guide.toString(), "serve", "--project", corpus.dir().toString(), "--output", out.toString(),
                "--port", String.valueOf(port)).redirectError(dir.resolve("serve.err").toFile());
        long t0 = System.nanoTime();
        Process server = pb.start();
        Thread killer = new Thread(() -> {
            try {
                destroyTree(server);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(killer);
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    if (line.startsWith("Preview:")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the server stopped
            }
            ready.countDown();
        }, "serve-stdout");
        reader.setDaemon(true);
        reader.start();
        List<Edit> results = new ArrayList<>();
        try {
            if (!ready.await(20, TimeUnit.MINUTES) || !server.isAlive() && lines.stream().noneMatch(l -> l.startsWith("Preview:"))) {
                String err = Files.readString(dir.resolve("serve.err"));
                System.out.println("  ./guide serve did not start:\n" + indent(tail(err + String.join("\n", lines), 20)));
                return new ServeResult(n, Double.NaN, results, "did not start");
            }
            double startSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "[preview N=%d] ready after %.1f s (%s)%n", n, startSeconds,
                    lines.stream().filter(l -> l.startsWith("Build")).findFirst().orElse("?"));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;
            // The newest article: the one editors are most likely to be working on, and the costliest to
            // retitle (the home page, the feed and the archive's first page list it, besides related lists).
            CorpusGenerator.Article article = corpus.articles().stream()
                    .max(Comparator.comparing(CorpusGenerator.Article::date)).orElseThrow();
            List<String> listings = listingsOf(http, base, article);
            System.out.printf(Locale.ROOT, "[preview N=%d] editing %s, listed on %s%n", n, article.plUrl(), listings);
            Path file = article.plFile(corpus.dir());
            String title = article.plTitle();
            for (int k = 1; k <= edits; k++) {
                Thread.sleep(1000); // let the previous rebuild settle
                boolean titleEdit = k == 2 || k == 4;
                String oldTitle = title;
                String token = "bench" + k + "x" + Long.toHexString(System.nanoTime() & 0xffffffL);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (titleEdit) {
                    title = article.plTitle() + " – wydanie " + k;
                    text = text.replaceFirst("(?m)^title=.*$", "title=" + title);
                }
                text = text + "\nDopisane zdanie kontrolne numer " + k + " ze znacznikiem " + token + " sprawdza, jak szybko widać zmianę.\n";
                Path tmp = dir.resolve("edit.tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                int buildsBefore = (int) lines.stream().filter(l -> SERVER_BUILD.matcher(l).find()).count();
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                long edited = System.nanoTime();
                boolean served = false;
                while (System.nanoTime() - edited < TimeUnit.MINUTES.toNanos(5)) {
                    Optional<String> page = get(http, base + article.plUrl());
                    if (page.isPresent() && page.get().contains(token)) {
                        served = true;
                        break;
                    }
                    Thread.sleep(20);
                }
                long seen = System.nanoTime();
                double ms = (seen - edited) / 1e6;
                String change = titleEdit ? "title + sentence" : "sentence";
                if (!served) {
                    System.out.printf(Locale.ROOT, "[preview N=%d] edit %d (%s): NOT served within 5 min%n", n, k, change);
                    results.add(new Edit(k, change, Double.NaN, null, false, "not served within 5 min"));
                    continue;
                }
                List<String> problems = consistency(http, base, article, listings, title, titleEdit ? oldTitle : null);
                String note = "";
                if (!problems.isEmpty()) {
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    List<String> later = problems;
                    while (!later.isEmpty() && System.nanoTime() < until) {
                        Thread.sleep(20);
                        later = consistency(http, base, article, listings, title, titleEdit ? oldTitle : null);
                    }
                    note = String.join("; ", problems) + (later.isEmpty()
                            ? String.format(Locale.ROOT, " (consistent %.0f ms later)", (System.nanoTime() - seen) / 1e6) : " (still after 60 s)");
                }
                // The preview prints its build line once the search index has followed the pages (after they are served).
                long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (lines.stream().filter(l -> SERVER_BUILD.matcher(l).find()).count() <= buildsBefore && System.nanoTime() < waitUntil) {
                    Thread.sleep(20);
                }
                Double serverBuild = lines.stream().filter(l -> SERVER_BUILD.matcher(l).find()).skip(buildsBefore)
                        .map(l -> {
                            Matcher m = SERVER_BUILD.matcher(l);
                            return m.find() ? Double.parseDouble(m.group(3)) : null;
                        }).findFirst().orElse(null);
                results.add(new Edit(k, change, ms, serverBuild, problems.isEmpty(), note));
                System.out.printf(Locale.ROOT, "[preview N=%d] edit %d (%s): served after %.0f ms (server: build %s s); %s%n", n, k, change,
                        ms, serverBuild == null ? "?" : fmt(serverBuild, 1), problems.isEmpty() ? "listings and translation consistent" : note);
            }
            return new ServeResult(n, startSeconds, results, null);
        } finally {
            destroyTree(server);
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
            System.out.printf("[preview N=%d] server stopped%n", n);
        }
    }

    /**
     * What must be true once the edited page is served: the article shows its current title, the
     * language's home page lists the current title (and not the previous one after a title edit),
     * and the English translation says its Polish source changed (links to it as the original).
     */
    /** The home page, if it lists the article, and the archive page that does. */
    private static List<String> listingsOf(HttpClient http, String base, CorpusGenerator.Article article) throws InterruptedException {
        List<String> listings = new ArrayList<>();
        String link = "href=\"" + article.plUrl() + "\"";
        if (get(http, base + "/pl/").orElse("").contains(link)) {
            listings.add("/pl/");
        }
        for (int k = 1; k < 10_000; k++) {
            String url = k == 1 ? "/pl/artykuly/" : "/pl/artykuly/" + k + "/";
            Optional<String> page = get(http, base + url);
            if (page.isEmpty()) {
                break;
            }
            if (page.get().contains(link)) {
                listings.add(url);
                break;
            }
        }
        return listings;
    }

    private static List<String> consistency(HttpClient http, String base, CorpusGenerator.Article article, List<String> listings,
                                            String title, String oldTitle) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        String page = get(http, base + article.plUrl()).orElse("");
        if (!page.contains(title)) {
            problems.add("article lacks its new title");
        }
        for (String listing : listings) {
            // Polish typography binds one-letter words to the next with a no-break space ("i&nbsp;jak").
            String list = get(http, base + listing).orElse("").replace("&nbsp;", " ").replace('\u00a0', ' ');
            if (!list.contains(title)) {
                problems.add(listing + " lacks the current title");
            }
            if (oldTitle != null && list.contains(oldTitle + "<")) {
                problems.add(listing + " still lists the old title");
            }
        }
        String translation = get(http, base + article.enUrl()).orElse("");
        if (!translation.contains("translation-notice") || !translation.contains("href=\"" + article.plUrl() + "\"")) {
            problems.add("translation lacks the 'source changed' note");
        }
        return problems;
    }

    private static Optional<String> get(HttpClient http, String url) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ results

    private void printResults(ServeResult serve, ServeResult restarted, boolean hugoAsked) {
        System.out.println("## Results");
        System.out.println();
        System.out.println("Cold build: a fresh process per run (cold JVM for the guide and plain JBake), fresh output folder (Hugo: and fresh");
        System.out.println("cache and resource folders); wall time of the whole process, peak memory = max RSS (/usr/bin/time %M); " + runs);
        System.out.println("runs per engine and size, alternating; medians. Pages: HTML files written (Hugo's include its redirect pages).");
        System.out.println();
        System.out.println("| engine | N per lang | pages | wall s (median) | CPU s (median) | peak MB (median) | ms per page | JBake bake s"
                + " | guide / plain JBake | guide / Hugo | runs, wall s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Row row : rows) {
            printColdRow(row);
        }
        if (hugoAsked && !hugo.ok()) {
            System.out.println();
            System.out.println("Hugo: " + hugo.problem() + "; " + HugoRun.SKIPPED + ".");
        }
        List<String> versusHugo = rows.stream().filter(r -> r.engine.equals("guide") && !r.good().isEmpty())
                .flatMap(g -> ratio(g, "Hugo").map(x -> x + " at N=" + g.n).stream()).toList();
        if (!versusHugo.isEmpty()) {
            System.out.println();
            System.out.println("guide / Hugo: " + String.join(", ", versusHugo)
                    + " (issue 11's targets: at most 1.5 × at N=1000, below 1 × at N=5000).");
        }
        List<String> versusSearch = rows.stream().filter(r -> r.engine.equals("guide") && !r.good().isEmpty())
                .flatMap(g -> ratio(g, "Hugo + Pagefind").map(x -> x + " at N=" + g.n).stream()).toList();
        if (!versusSearch.isEmpty()) {
            System.out.println("guide / (Hugo + Pagefind): " + String.join(", ", versusSearch)
                    + " (Hugo's pages and a search index of their articles, as the guide makes both; the guide's social cards have no counterpart).");
        }
        printPerPageCost();
        printWarmBuilder();
        SearchBench.print(searchSizes, indexingMs, searchQueries);
        System.out.println();
        System.out.println("Nothing changed: `./guide build` run again on the same corpus and output folder, medians of " + runs + ".");
        System.out.println();
        System.out.println("| N per lang | wall s (median) | vs cold build | runs, wall s |");
        System.out.println("|---:|---:|---:|---|");
        for (String[] r : rebuilds) {
            System.out.printf("| %s | %s | %s | %s |%n", (Object[]) r);
        }
        if (serve != null) {
            System.out.println();
            System.out.printf(Locale.ROOT, "Preview latency: `./guide serve` on N=%d per language (ready after %s s). One Polish article edited%n",
                    serve.n, fmt(serve.startSeconds, 1));
            System.out.println("(temp file + atomic rename); its URL polled every 20 ms until the new sentence is served. At that");
            System.out.println("moment: the article and the pages that list it (home, archive) show the current title, and the English translation says its source changed.");
            System.out.println();
            if (serve.failure != null) {
                System.out.println("Preview failed: " + serve.failure);
            } else {
                printEdits(serve.edits);
                List<Double> served = serve.edits.stream().map(Edit::millis).filter(m -> !Double.isNaN(m)).toList();
                long consistent = serve.edits.stream().filter(Edit::consistent).count();
                System.out.println();
                System.out.printf(Locale.ROOT, "Median edit to served: %s ms over %d edits (min %s, max %s); consistent at that moment: %d of %d.%n",
                        served.isEmpty() ? "–" : fmt(median(served), 0), served.size(),
                        served.isEmpty() ? "–" : fmt(Collections.min(served), 0), served.isEmpty() ? "–" : fmt(Collections.max(served), 0),
                        consistent, serve.edits.size());
            }
        }
        if (restarted != null) {
            System.out.println();
            System.out.printf(Locale.ROOT, "After a restart: `./guide serve` started again on the output it left (ready after %s s, every page%n",
                    fmt(restarted.startSeconds, 1));
            System.out.println("taken from it, none rendered at start), the same article edited again. The first save after a start is the one");
            System.out.println("an editor meets every day.");
            System.out.println();
            if (restarted.failure != null) {
                System.out.println("Preview failed: " + restarted.failure);
            } else {
                printEdits(restarted.edits);
            }
        }
    }

    /** Issue 11's targets and this run's verdicts on them, as the report's last lines. */
    private void printTargets(ServeResult serve) {
        double preview = serve == null || serve.n != 1000 || serve.failure != null ? Double.NaN
                : median(serve.edits.stream().map(Edit::millis).filter(m -> !Double.isNaN(m)).toList());
        List<String> lines = new IssueTargets()
                .atMost("cold build, guide / Hugo, N=1000", versusHugo(1000), 1.5, "×", 2)
                .below("cold build, guide / Hugo, N=5000", versusHugo(5000), 1, "×", 2)
                .atMost("peak memory of a cold build, N=1000", guideRow(1000)
                        .map(r -> median(r.good().stream().map(run -> run.peakKb() / 1024.0).toList())).orElse(Double.NaN), 512, "MB", 0)
                .atMost("nothing changed, N=1000", nothingChanged.getOrDefault(1000, Double.NaN), 0.5, "s", 2)
                .atMost("preview, edit to served, N=1000 (median)", preview, 200, "ms", 0)
                .lines();
        if (!lines.isEmpty()) {
            System.out.println();
            lines.forEach(System.out::println);
        }
    }

    /** The guide's median cold build over Hugo's at one size; NaN when either has no good run. */
    private double versusHugo(int n) {
        return guideRow(n).flatMap(g -> rows.stream().filter(r -> r.engine.equals("Hugo") && r.n == n && !r.good().isEmpty()).findFirst()
                .map(h -> g.medianWall() / h.medianWall())).orElse(Double.NaN);
    }

    private static void printEdits(List<Edit> edits) {
        System.out.println("| edit | change | edit to served, ms | server build s | listings + translation consistent |");
        System.out.println("|---:|---|---:|---:|---|");
        for (Edit e : edits) {
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %s |%n", e.number, e.change,
                    Double.isNaN(e.millis) ? "not served" : fmt(e.millis, 0),
                    e.serverBuildSeconds == null ? "–" : fmt(e.serverBuildSeconds, 1),
                    e.consistent ? "yes" : "no: " + e.note);
        }
    }

    private void printColdRow(Row row) {
        List<Run> good = row.good();
        String engine = switch (row.engine) {
            case "guide" -> "guide (`./guide build`)";
            case "Hugo" -> "Hugo " + hugo.version().map(v -> v.replaceFirst("^hugo v([0-9.]+).*", "$1")).orElse("") + " (`hugo`)";
            case "Hugo + Pagefind" -> "Hugo " + hugo.version().map(v -> v.replaceFirst("^hugo v([0-9.]+).*", "$1")).orElse("") + " + Pagefind "
                    + pagefind.map(p -> p.version().replaceFirst("^pagefind ", "")).orElse("") + " (`hugo`, then `pagefind --site`)";
            default -> "plain JBake (Oven)";
        };
        if (good.isEmpty()) {
            System.out.printf("| %s | %d | %d | failed | – | – | – | – | – | – | %s |%n", engine, row.n, row.pages, joinWalls(row.runs));
            return;
        }
        double wall = row.medianWall();
        double peakMb = median(good.stream().map(r -> r.peakKb() / 1024.0).toList());
        boolean cpuKnown = good.stream().allMatch(r -> r.cpuSeconds() >= 0);
        String cpu = cpuKnown ? fmt(median(good.stream().map(Run::cpuSeconds).toList()), 2) : "–";
        String bake = row.bakeSeconds.isEmpty() ? "–" : fmt(median(row.bakeSeconds), 1);
        boolean guide = row.engine.equals("guide");
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", engine, row.n, row.pages, fmt(wall, 2), cpu,
                fmt(peakMb, 0), fmt(wall * 1000 / row.pages, 1), bake, guide ? ratio(row, "plain JBake").orElse("–") : "–",
                guide ? ratio(row, "Hugo").orElse("–") : "–", joinWalls(row.runs));
    }

    /** The guide's median wall time over another engine's on the same size, if both have good runs. */
    private Optional<String> ratio(Row guide, String engine) {
        return rows.stream().filter(r -> r.engine.equals(engine) && r.n == guide.n && !r.good().isEmpty()).findFirst()
                .map(other -> fmt(guide.medianWall() / other.medianWall(), 2) + " ×");
    }

    /**
     * Per-page cost two ways, per engine: wall time over pages (includes the fixed start-up, so it
     * falls as the site grows), and the marginal cost between consecutive sizes (the extra wall time
     * over the extra pages, which leaves the fixed cost out and shows how the work scales).
     */
    private void printPerPageCost() {
        for (String engine : List.of("guide", "plain JBake", "Hugo", "Hugo + Pagefind")) {
            List<Row> sized = rows.stream().filter(r -> r.engine.equals(engine) && !r.good().isEmpty())
                    .sorted(Comparator.comparingLong((Row r) -> r.pages)).toList();
            if (sized.size() < 2) {
                continue;
            }
            List<Double> wallPerPage = sized.stream().map(r -> r.medianWall() * 1000 / r.pages).toList();
            List<String> wallText = new ArrayList<>();
            for (int i = 0; i < sized.size(); i++) {
                wallText.add(fmt(wallPerPage.get(i), 1) + " ms (N=" + sized.get(i).n + ")");
            }
            List<Double> marginal = new ArrayList<>();
            List<String> marginalText = new ArrayList<>();
            for (int i = 1; i < sized.size(); i++) {
                Row a = sized.get(i - 1);
                Row b = sized.get(i);
                double ms = (b.medianWall() - a.medianWall()) * 1000 / (b.pages - a.pages);
                marginal.add(ms);
                marginalText.add(fmt(ms, 1) + " ms (N=" + a.n + " to " + b.n + ")");
            }
            Row smallest = sized.get(0);
            double fixed = smallest.medianWall() - smallest.pages * marginal.get(0) / 1000;
            System.out.println();
            System.out.printf(Locale.ROOT, "Per-page cost, %s: wall time / pages %s, largest / smallest %s ×.%n", engine,
                    String.join(", ", wallText), fmt(Collections.max(wallPerPage) / Collections.min(wallPerPage), 2));
            System.out.printf(Locale.ROOT, "  Marginal (extra wall time / extra pages, without the fixed cost): %s%s; fixed cost about %s s.%n",
                    String.join(", ", marginalText),
                    marginal.size() > 1 ? ", largest / smallest " + fmt(Collections.max(marginal) / Collections.min(marginal), 2) + " ×" : "",
                    fmt(fixed, 2));
        }
    }

    private void printWarmBuilder() {
        System.out.println();
        System.out.println("Warm builder: `./guide build` handed to a running `./guide daemon`, each run a whole build into a fresh");
        System.out.println("output folder (no page cache: every page rendered); wall time of the `./guide build` process, which waits");
        System.out.println("for the daemon's answer; before the measured runs, warm-up builds of the same corpus until two in a row took");
        System.out.println("within 10 % of each other (at most 5); medians of " + runs + ". These builds run after all the cold ones, not");
        System.out.println("alternating with them: other work on the machine can skew \"wall vs cold\" either way; \"CPU vs cold\" (the");
        System.out.println("daemon's CPU time for the build against the cold build's) depends far less on it.");
        System.out.println();
        if (warmNote != null) {
            System.out.println("Warm builder: " + warmNote);
        }
        if (warmRows.isEmpty()) {
            return;
        }
        System.out.println("| N per lang | pages | wall s (median) | ms per page | wall vs cold | daemon CPU s (median) | CPU vs cold"
                + " | daemon peak MB (so far) | same files as the cold build | runs, wall s |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        List<Double> perPage = new ArrayList<>();
        List<String> perPageText = new ArrayList<>();
        for (WarmRow row : warmRows) {
            double wall = row.medianWall();
            Optional<Row> cold = guideRow(row.n);
            double ms = wall * 1000 / row.pages;
            if (!Double.isNaN(ms)) {
                perPage.add(ms);
                perPageText.add(fmt(ms, 1) + " ms (N=" + row.n + ")");
            }
            double cpu = row.medianCpu();
            double coldCpu = cold.map(Benchmark::medianCpu).orElse(-1.0);
            System.out.printf(Locale.ROOT, "| %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", row.n, row.pages, fmt(wall, 2),
                    fmt(ms, 1), cold.map(c -> fmt(wall / c.medianWall(), 2) + " ×").orElse("–"), cpu < 0 ? "?" : fmt(cpu, 2),
                    cpu < 0 || coldCpu < 0 ? "–" : fmt(cpu / coldCpu, 2) + " ×",
                    row.daemonPeakKb < 0 ? "?" : fmt(row.daemonPeakKb / 1024.0, 0), row.sameAsCold, joinWalls(row.runs));
        }
        if (perPage.size() > 1) {
            System.out.println();
            System.out.printf(Locale.ROOT, "Per-page cost, warm builder: wall time / pages %s, largest / smallest %s ×.%n",
                    String.join(", ", perPageText), fmt(Collections.max(perPage) / Collections.min(perPage), 2));
        }
    }

    private static String describe(Run run) {
        String status = run.ok() ? "" : run.timedOut() ? " TIMED OUT" : " FAILED (exit " + run.exit() + ")";
        return String.format(Locale.ROOT, "%.2f s, %s MB, %s s CPU%s", run.wallSeconds(), run.peakKb() < 0 ? "?" : fmt(run.peakKb() / 1024.0, 0),
                run.cpuSeconds() < 0 ? "?" : fmt(run.cpuSeconds(), 2), status);
    }

    private static String joinWalls(List<Run> runs) {
        return String.join(", ", runs.stream().map(r -> fmt(r.wallSeconds(), 2) + (r.ok() ? "" : " (failed)")).toList());
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    /** A cold row's median CPU seconds; -1 if a run's is unknown or none succeeded. */
    private static double medianCpu(Row row) {
        List<Run> good = row.good();
        return good.isEmpty() || good.stream().anyMatch(r -> r.cpuSeconds() < 0) ? -1 : median(good.stream().map(Run::cpuSeconds).toList());
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
