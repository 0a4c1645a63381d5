package guide.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edit-to-served latency of {@code hugo server}, measured as the benchmark measures
 * {@code ./guide serve}: on a fresh corpus of the same size converted by
 * {@code bench/guide-to-hugo.py}, the newest Polish article is edited K times (a sentence appended;
 * in edits 2 and 4 its title changed too; a temporary file renamed over it), and its address is
 * polled every 20 ms until the new sentence is served. Hugo runs as an editor starts it (pages
 * served from memory, its default Fast Render mode), with fresh cache and resource folders. At that
 * moment it also checks whether the home page, which lists the article, shows its current title.
 */
final class HugoPreview {
    private static final Pattern REBUILD = Pattern.compile("^Total in (\\d+) ms");
    private static final String CHANGE = "Change detected, rebuilding site.";
    private static final Pattern TITLE = Pattern.compile("\"title\": \"(?:[^\"\\\\]|\\\\.)*\"");

    /**
     * One edit: how long until it was served (NaN if never), Hugo's own rebuild time, and whether the
     * home page showed the article's current title at that moment ("yes", or how much later it did).
     */
    record Edit(int number, String change, double millis, Long rebuildMillis, String homeCurrent) {
    }

    /** The edits on a corpus of N per language, or why there are none. */
    record Result(int n, double startSeconds, List<Edit> edits, String failure) {
        /** Prints the table, and the ratio to the guide's median if given. */
        void print(Double guideMedianMillis) {
            System.out.println();
            if (failure != null) {
                System.out.println("Preview latency, `hugo server` on N=" + n + ": failed: " + failure);
                return;
            }
            System.out.printf(Locale.ROOT, "Preview latency, `hugo server` on N=%d per language (ready after %.1f s; pages from memory, default"
                    + " Fast Render mode): the same edits, measured the same way.%n%n", n, startSeconds);
            System.out.println("| edit | change | edit to served, ms | hugo's rebuild, ms | home page shows the current title |");
            System.out.println("|---:|---|---:|---:|---|");
            for (Edit e : edits) {
                System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %s |%n", e.number, e.change,
                        Double.isNaN(e.millis) ? "not served" : String.format(Locale.ROOT, "%.0f", e.millis),
                        e.rebuildMillis == null ? "–" : e.rebuildMillis, e.homeCurrent);
            }
            List<Double> served = edits.stream().map(Edit::millis).filter(m -> !Double.isNaN(m)).toList();
            if (served.isEmpty()) {
                return;
            }
            double median = Figures.median(served);
            System.out.printf(Locale.ROOT, "%nMedian edit to served, hugo server: %.0f ms over %d edits (min %.0f, max %.0f)%s.%n", median,
                    served.size(), Collections.min(served), Collections.max(served),
                    guideMedianMillis == null || guideMedianMillis.isNaN() ? ""
                            : String.format(Locale.ROOT, "; ./guide serve: %.0f ms (guide / Hugo %.2f ×)", guideMedianMillis, guideMedianMillis / median));
        }
    }

    private final Path project;
    private final Path dir;
    private final Path converter;

    HugoPreview(Path project, Path dir, Path converter) {
        this.project = project;
        this.dir = dir;
        this.converter = converter;
    }

    Result measure(int n, int edits) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        CorpusGenerator.Corpus corpus = CorpusGenerator.generate(project, dir.resolve("corpus"), n);
        HugoRun site;
        try {
            site = HugoRun.convert(converter, corpus.dir(), dir.resolve("site"), dir.resolve("convert"));
        } catch (IOException e) {
            return new Result(n, Double.NaN, List.of(), e.getMessage());
        }
        for (String leftover : List.of("cache", "resources")) {
            CorpusGenerator.deleteTree(dir.resolve(leftover));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        System.out.printf(Locale.ROOT, "%n[hugo server N=%d] hugo server --port %d%n", n, port);
        ProcessBuilder pb = new ProcessBuilder("hugo", "server", "--source", site.siteDir().toString(), "--bind", "127.0.0.1",
                "--port", String.valueOf(port), "--cacheDir", dir.resolve("cache").toString(), "--noBuildLock")
                .redirectErrorStream(true);
        HugoRun.isolate(pb.environment(), dir);
        long t0 = System.nanoTime();
        Process server = pb.start();
        Thread killer = new Thread(() -> {
            try {
                TimedProcess.destroyTree(server);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            List<String> lines = new CopyOnWriteArrayList<>();
            CountDownLatch ready = readLines(server, lines, dir.resolve("server.log"));
            if (!ready.await(20, TimeUnit.MINUTES) || lines.stream().noneMatch(l -> l.startsWith("Web Server is available"))) {
                return new Result(n, Double.NaN, List.of(), "did not start: " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
            }
            double startSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "[hugo server N=%d] ready after %.1f s%n", n, startSeconds);
            return new Result(n, startSeconds, edit(corpus, site.siteDir(), "http://127.0.0.1:" + port, lines, edits), null);
        } finally {
            TimedProcess.destroyTree(server);
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
            System.out.printf("[hugo server N=%d] server stopped%n", n);
        }
    }

    /** Collects the server's output (also into {@code log}); the latch opens when it says it serves (or stops). */
    private static CountDownLatch readLines(Process server, List<String> lines, Path log) {
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
                 Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    out.write(line + "\n");
                    out.flush();
                    if (line.startsWith("Web Server is available")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the server stopped
            }
            ready.countDown();
        }, "hugo-server-stdout");
        reader.setDaemon(true);
        reader.start();
        return ready;
    }

    private List<Edit> edit(CorpusGenerator.Corpus corpus, Path site, String base, List<String> lines, int edits)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        CorpusGenerator.Article article = corpus.articles().stream().max(Comparator.comparing(CorpusGenerator.Article::date)).orElseThrow();
        // Opened once, as an editor has the article and the home page open (Fast Render re-renders the pages in view).
        get(http, base + article.plUrl());
        get(http, base + "/pl/");
        Path file = site.resolve("content/pl/" + article.plSlug() + ".md");
        String title = article.plTitle();
        List<Edit> results = new ArrayList<>();
        for (int k = 1; k <= edits; k++) {
            // Hugo serves the edited page before its rebuild ends: the next edit waits for that end, then 1 s.
            awaitRebuildsDone(lines);
            Thread.sleep(1000);
            boolean titleEdit = k == 2 || k == 4;
            String token = "bench" + k + "x" + Long.toHexString(System.nanoTime() & 0xffffffL);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (titleEdit) {
                title = article.plTitle() + " – wydanie " + k;
                String json = "\"title\": \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                text = TITLE.matcher(text).replaceFirst(Matcher.quoteReplacement(json));
            }
            text = text + "\nDopisane zdanie kontrolne numer " + k + " ze znacznikiem " + token + " sprawdza, jak szybko widać zmianę.\n";
            Path tmp = dir.resolve("edit.tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            long rebuildsBefore = lines.stream().filter(l -> REBUILD.matcher(l).find()).count();
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            long edited = System.nanoTime();
            boolean served = false;
            while (!served && System.nanoTime() - edited < TimeUnit.MINUTES.toNanos(5)) {
                served = get(http, base + article.plUrl()).map(page -> page.contains(token)).orElse(false);
                if (!served) {
                    Thread.sleep(20);
                }
            }
            double ms = served ? (System.nanoTime() - edited) / 1e6 : Double.NaN;
            String homeCurrent = homeCurrent(http, base, title);
            Long rebuild = rebuildMillis(lines, rebuildsBefore);
            String change = titleEdit ? "title + sentence" : "sentence";
            results.add(new Edit(k, change, ms, rebuild, homeCurrent));
            System.out.printf(Locale.ROOT, "[hugo server N=%d] edit %d (%s): %s (hugo: rebuilt in %s ms); home page shows the current title: %s%n",
                    corpus.perLanguage(), k, change, served ? String.format(Locale.ROOT, "served after %.0f ms", ms) : "NOT served within 5 min",
                    rebuild == null ? "?" : rebuild, homeCurrent);
        }
        return results;
    }

    /** Whether the home page lists the article under its current title now, or how much later it does. */
    private static String homeCurrent(HttpClient http, String base, String title) throws InterruptedException {
        long now = System.nanoTime();
        long until = now + TimeUnit.SECONDS.toNanos(60);
        boolean first = true;
        while (!get(http, base + "/pl/").map(page -> page.contains(title + "<")).orElse(false)) {
            if (System.nanoTime() > until) {
                return "no (still after 60 s)";
            }
            first = false;
            Thread.sleep(20);
        }
        return first ? "yes" : "no (" + (System.nanoTime() - now) / 1_000_000 + " ms later)";
    }

    /** Waits (at most 5 min) until every rebuild hugo server started has printed its "Total in". */
    private static void awaitRebuildsDone(List<String> lines) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (lines.stream().filter(CHANGE::equals).count() > lines.stream().filter(l -> REBUILD.matcher(l).find()).count()
                && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    /** Hugo's "Total in N ms" for the first rebuild after the edit, waiting up to 5 min for it to be printed. */
    private static Long rebuildMillis(List<String> lines, long before) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        do {
            Optional<Long> ms = lines.stream().map(REBUILD::matcher).filter(Matcher::find).skip(before).findFirst()
                    .map(m -> Long.parseLong(m.group(1)));
            if (ms.isPresent()) {
                return ms.get();
            }
            Thread.sleep(20);
        } while (System.nanoTime() < until);
        return null;
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
}
