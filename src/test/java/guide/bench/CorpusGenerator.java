package guide.bench;

import guide.translation.SourceRevision;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static guide.bench.CorpusVocabulary.EN;
import static guide.bench.CorpusVocabulary.PL;

/**
 * Writes a complete guide project for benchmarks: the real project's jbake.properties, templates,
 * assets and authors, and N generated articles per language (Polish with diacritics, English),
 * each about 800 words, with sections, lists, links with anchors between articles and now and
 * then an affiliate link; plus home, 404 and about pages. Titles stay within the length past which the build
 * warns ({@link guide.check.LongTitles#LIMIT}), so a build of the corpus prints no warning. Every English page is a translation
 * stamped current against its Polish source. Same seed, same N: byte-identical corpus. This class
 * writes the project's files; what the articles are ({@link ArticlePlan}), their text
 * ({@link ArticleText}, from {@link CorpusVocabulary}) and the other pages ({@link StandingPages})
 * are classes of their own.
 *
 * <pre>java -cp ... guide.bench.CorpusGenerator &lt;outDir&gt; &lt;N&gt; [realProjectDir]</pre>
 */
public final class CorpusGenerator {
    public static final long SEED = 20261127L;
    /** Marks a folder as a generated corpus, so {@link #generate} may replace it. */
    public static final String MARKER = ".bench-corpus";

    /** One generated article in both languages. */
    public record Article(int index, String translationKey, String plSlug, String enSlug, String plTitle, String enTitle,
                          LocalDate date, boolean affiliate) {
        public String plUrl() {
            return "/pl/" + plSlug + "/";
        }

        public String enUrl() {
            return "/en/" + enSlug + "/";
        }

        public Path plFile(Path project) {
            return project.resolve("content/pl/" + plSlug + ".md");
        }

        public Path enFile(Path project) {
            return project.resolve("content/en/" + enSlug + ".md");
        }
    }

    /** The generated project. */
    public record Corpus(Path dir, int perLanguage, List<Article> articles) {
        /**
         * HTML pages the guide publishes for it: per language the articles, home, 404, about and the
         * archive's pages (50 articles each, the default {@code site.archive.pageSize}); plus the root page and the
         * root not-found page.
         */
        public int htmlPages() {
            return 2 * (perLanguage + 3 + Math.max(1, (perLanguage + 49) / 50)) + 2;
        }
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator <outDir> <articlesPerLanguage> [realProjectDir]");
            System.exit(2);
        }
        Path real = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("guide.project.dir", "."));
        Corpus corpus = generate(real, Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("Generated " + corpus.perLanguage() + " articles per language into " + corpus.dir());
    }

    /**
     * Writes the corpus into {@code target} (replacing a previously generated corpus there).
     *
     * @param realProject the guide project whose jbake.properties, templates, assets and authors are used
     */
    public static Corpus generate(Path realProject, Path target, int n) throws IOException {
        if (n < 4) {
            throw new IllegalArgumentException("need at least 4 articles per language, got " + n);
        }
        realProject = realProject.toAbsolutePath().normalize();
        target = target.toAbsolutePath().normalize();
        prepare(target);
        Files.copy(realProject.resolve("jbake.properties"), target.resolve("jbake.properties"));
        copyTree(realProject.resolve("templates"), target.resolve("templates"));
        copyTree(realProject.resolve("assets"), target.resolve("assets"));
        Files.createDirectories(target.resolve("content/pl"));
        Files.createDirectories(target.resolve("content/en"));
        Files.copy(realProject.resolve("content/authors.yaml"), target.resolve("content/authors.yaml"));
        List<String> authors = authorIds(target.resolve("content/authors.yaml"));

        Random random = new Random(SEED);
        List<ArticlePlan> plans = ArticlePlan.all(n, authors, random);
        for (ArticlePlan p : plans) {
            Random text = new Random(SEED * 31 + p.index);
            String plBody = ArticleText.body(PL, p, plans, text);
            String enBody = ArticleText.body(EN, p, plans, new Random(SEED * 37 + p.index));
            Map<String, String> pl = ArticleText.headers(PL, p);
            write(target.resolve("content/pl/" + p.plSlug + ".md"), pl, plBody);
            Map<String, String> en = ArticleText.headers(EN, p);
            en.put(SourceRevision.KEY, SourceRevision.of("pl", p.plTitle, plBody).toString());
            write(target.resolve("content/en/" + p.enSlug + ".md"), en, enBody);
        }
        StandingPages.writeInto(target, plans, authors.contains("redakcja") ? "redakcja" : authors.get(0));
        Files.writeString(target.resolve(MARKER), "generated by guide.bench.CorpusGenerator, seed " + SEED + ", N=" + n + "\n");

        List<Article> articles = plans.stream().map(p -> new Article(p.index, p.key, p.plSlug, p.enSlug, p.plTitle, p.enTitle,
                p.date, p.affiliate)).toList();
        return new Corpus(target, n, articles);
    }

    /** Writes a content file: its header lines, JBake's separator, the body. */
    static void write(Path file, Map<String, String> headers, String body) throws IOException {
        StringBuilder text = new StringBuilder();
        headers.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        text.append("~~~~~~\n").append(body);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void prepare(Path target) throws IOException {
        if (Files.exists(target)) {
            boolean empty;
            try (Stream<Path> list = Files.list(target)) {
                empty = list.findAny().isEmpty();
            }
            if (!empty && !Files.exists(target.resolve(MARKER))) {
                throw new IOException(target + " is not empty and was not generated by CorpusGenerator; refusing to replace it");
            }
            deleteTree(target);
        }
        Files.createDirectories(target);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> authorIds(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml().load(reader);
            if (!(root instanceof Map<?, ?> map) || map.isEmpty()) {
                throw new IOException(file + ": no authors");
            }
            return map.keySet().stream().map(String::valueOf).sorted().toList();
        }
    }
}
