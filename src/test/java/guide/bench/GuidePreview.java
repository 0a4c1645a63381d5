package guide.bench;

import guide.check.LongTitles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static guide.bench.Figures.fmt;
import static guide.bench.Figures.indent;
import static guide.bench.Figures.median;
import static guide.bench.Figures.tail;

/**
 * The preview's edit-to-served latency: {@code ./guide serve} on a corpus of N articles per language,
 * and the newest Polish article edited K times (a sentence appended; in edits 2 and 4 its title
 * changed too; a temporary file renamed over it), its address polled every 20 ms until the new
 * sentence is served. At that moment the rest of the site must agree ({@link PreviewChecks}); if it
 * does not, how much later it does. {@code hugo server} is measured the same way by {@link HugoPreview}.
 */
final class GuidePreview {
    /** Edits after the preview is started again on the output it left: it then renders no page at start. */
    static final int RESTART_EDITS = 3;

    /** One edit in the preview: how long until it was served, and whether the rest of the site agreed at that moment. */
    record Edit(int number, String change, double millis, Double serverBuildSeconds, boolean consistent, String note) {
    }

    /** The edits on a corpus of N per language, or why there are none. */
    record Result(int n, double startSeconds, List<Edit> edits, String failure) {
        /** The served edits' times, in milliseconds. */
        List<Double> served() {
            return edits.stream().map(Edit::millis).filter(m -> !Double.isNaN(m)).toList();
        }

        /** The median of the served edits' times; NaN if none was served or the preview failed. */
        double medianMillis() {
            return failure != null ? Double.NaN : median(served());
        }
    }

    /** The preview being edited: the server, the article, its file and the checks of what must agree. */
    private record Session(int n, Path dir, PreviewServer server, CorpusGenerator.Article article, Path file, PreviewChecks checks) {
    }

    private final BenchSetup setup;

    GuidePreview(BenchSetup setup) {
        this.setup = setup;
    }

    /**
     * Starts {@code ./guide serve} on a corpus of {@code n} articles per language and edits one article
     * {@code edits} times; {@code freshOutput}: into an empty output folder (the first build renders
     * every page), else into the one the last measurement left (the first build takes every page from it,
     * as when an editor starts the preview again).
     */
    Result measure(int n, int edits, boolean freshOutput) throws Exception {
        Path dir = setup.benchDir().resolve("serve-" + n);
        Files.createDirectories(dir);
        CorpusGenerator.Corpus corpus = CorpusGenerator.generate(setup.project(), dir.resolve("corpus"), n);
        Path out = dir.resolve("site");
        if (freshOutput) {
            CorpusGenerator.deleteTree(out);
        }
        int port = PreviewServer.freePort();
        System.out.printf(Locale.ROOT, "%n[preview N=%d] ./guide serve --port %d%n", n, port);
        long t0 = System.nanoTime();
        PreviewServer server = PreviewServer.start(setup.guide(), corpus.dir(), out, port, dir.resolve("serve.err"));
        try {
            if (!server.awaitReady()) {
                String err = Files.readString(dir.resolve("serve.err"));
                System.out.println("  ./guide serve did not start:\n" + indent(tail(err + String.join("\n", server.lines()), 20)));
                return new Result(n, Double.NaN, List.of(), "did not start");
            }
            double startSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "[preview N=%d] ready after %.1f s (%s)%n", n, startSeconds,
                    server.lines().stream().filter(l -> l.startsWith("Build")).findFirst().orElse("?"));
            return new Result(n, startSeconds, editNewest(n, dir, server, corpus, edits), null);
        } finally {
            server.close();
            System.out.printf("[preview N=%d] server stopped%n", n);
        }
    }

    /**
     * Edits the newest article {@code edits} times: the one editors are most likely to be working on,
     * and the costliest to retitle (the home page, the feed and the archive's first page list it,
     * besides related lists).
     */
    private List<Edit> editNewest(int n, Path dir, PreviewServer server, CorpusGenerator.Corpus corpus, int edits) throws Exception {
        CorpusGenerator.Article article = corpus.articles().stream()
                .max(Comparator.comparing(CorpusGenerator.Article::date)).orElseThrow();
        PreviewChecks checks = PreviewChecks.of(server.base(), article);
        System.out.printf(Locale.ROOT, "[preview N=%d] editing %s, listed on %s%n", n, article.plUrl(), checks.listings());
        Session session = new Session(n, dir, server, article, article.plFile(corpus.dir()), checks);
        List<Edit> results = new ArrayList<>();
        String title = article.plTitle();
        for (int k = 1; k <= edits; k++) {
            Thread.sleep(1000); // let the previous rebuild settle
            boolean titleEdit = k == 2 || k == 4;
            String oldTitle = title;
            if (titleEdit) {
                title = editedTitle(article.plTitle(), k);
            }
            results.add(edit(session, k, title, titleEdit ? oldTitle : null));
        }
        return results;
    }

    /**
     * The title edit {@code k} gives the article: its title with " – wydanie k" after it, cut at a word first where the
     * whole would be longer than {@link LongTitles#LIMIT}, so that the build warns of no title while it is measured (a
     * corpus title may be up to the limit: at N=8 the newest is 93 characters long).
     */
    static String editedTitle(String title, int k) {
        String suffix = " – wydanie " + k;
        int room = LongTitles.LIMIT - suffix.length();
        if (title.codePointCount(0, title.length()) <= room) {
            return title + suffix;
        }
        String cut = title.substring(0, title.offsetByCodePoints(0, room));
        int space = cut.lastIndexOf(' ');
        return (space > 0 ? cut.substring(0, space) : cut).replaceFirst("[\\s,:;–-]+$", "") + suffix;
    }

    /**
     * One edit: appends a sentence with a new token (and sets {@code title} if {@code oldTitle} is
     * given), renames it over the article, and polls the article until the token is served.
     */
    private Edit edit(Session s, int k, String title, String oldTitle) throws Exception {
        String token = "bench" + k + "x" + Long.toHexString(System.nanoTime() & 0xffffffL);
        String text = Files.readString(s.file, StandardCharsets.UTF_8);
        if (oldTitle != null) {
            text = text.replaceFirst("(?m)^title=.*$", "title=" + title);
        }
        text = text + "\nDopisane zdanie kontrolne numer " + k + " ze znacznikiem " + token + " sprawdza, jak szybko widać zmianę.\n";
        Path tmp = s.dir.resolve("edit.tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        int buildsBefore = s.server.builds();
        Files.move(tmp, s.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        long edited = System.nanoTime();
        boolean served = false;
        while (System.nanoTime() - edited < TimeUnit.MINUTES.toNanos(5)) {
            Optional<String> page = s.checks.article();
            if (page.isPresent() && page.get().contains(token)) {
                served = true;
                break;
            }
            Thread.sleep(20);
        }
        long seen = System.nanoTime();
        double ms = (seen - edited) / 1e6;
        String change = oldTitle != null ? "title + sentence" : "sentence";
        if (!served) {
            System.out.printf(Locale.ROOT, "[preview N=%d] edit %d (%s): NOT served within 5 min%n", s.n, k, change);
            return new Edit(k, change, Double.NaN, null, false, "not served within 5 min");
        }
        List<String> problems = s.checks.problems(title, oldTitle);
        String note = problems.isEmpty() ? "" : String.join("; ", problems) + agreedLater(s.checks, title, oldTitle, problems, seen);
        Double serverBuild = s.server.buildSecondsAfter(buildsBefore).orElse(null);
        System.out.printf(Locale.ROOT, "[preview N=%d] edit %d (%s): served after %.0f ms (server: build %s s); %s%n", s.n, k, change,
                ms, serverBuild == null ? "?" : fmt(serverBuild, 1), problems.isEmpty() ? "listings and translation consistent" : note);
        return new Edit(k, change, ms, serverBuild, problems.isEmpty(), note);
    }

    /** How much later than {@code seen} the site agreed, checked every 20 ms for at most 60 s. */
    private static String agreedLater(PreviewChecks checks, String title, String oldTitle, List<String> problems, long seen)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> later = problems;
        while (!later.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
            later = checks.problems(title, oldTitle);
        }
        return later.isEmpty() ? String.format(Locale.ROOT, " (consistent %.0f ms later)", (System.nanoTime() - seen) / 1e6) : " (still after 60 s)";
    }
}
