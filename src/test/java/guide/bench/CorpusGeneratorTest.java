package guide.bench;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import guide.check.LongTitles;
import guide.site.BuildFailure;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static guide.bench.CorpusVocabulary.AUDIENCES;
import static guide.bench.CorpusVocabulary.PATTERNS_PL;
import static guide.bench.CorpusVocabulary.TOPICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The benchmark corpus is a valid guide project: it builds cleanly, and it looks like the real thing. */
class CorpusGeneratorTest {
    /** The smallest size bench/run builds by default ({@code bench.sizes}): the corpus it builds must build cleanly. */
    private static final int N = 100;

    @Test
    void generatedCorpusBuildsCleanlyWithTheGuide(@TempDir Path tmp) throws Exception {
        CorpusGenerator.Corpus corpus = CorpusGenerator.generate(ProjectFixture.projectDir(), tmp.resolve("corpus"), N);

        assertEquals(N, corpus.articles().size());
        assertEquals(N, countPosts(corpus.dir().resolve("content/pl")), "Polish articles");
        assertEquals(N, countPosts(corpus.dir().resolve("content/en")), "English articles");
        for (String lang : List.of("pl", "en")) {
            assertTrue(Files.exists(corpus.dir().resolve("content/" + lang + "/index.md")), lang + " home");
            assertTrue(Files.exists(corpus.dir().resolve("content/" + lang + "/404.md")), lang + " 404");
        }

        String polish = Files.readString(corpus.articles().get(0).plFile(corpus.dir()), StandardCharsets.UTF_8);
        assertTrue(polish.matches("(?s).*[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ].*"), "Polish text has diacritics");
        long diacritics = polish.codePoints().filter(c -> "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".indexOf(c) >= 0).count();
        assertTrue(diacritics > 50, "Polish text is full of diacritics, found " + diacritics);
        for (CorpusGenerator.Article a : corpus.articles()) {
            assertTrue(a.plSlug().matches("[a-z0-9-]+") && a.enSlug().matches("[a-z0-9-]+"), "ASCII slugs: " + a);
            for (Path file : List.of(a.plFile(corpus.dir()), a.enFile(corpus.dir()))) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int words = ArticleText.words(text.substring(text.indexOf("~~~~~~") + 6));
                assertTrue(words >= 700 && words <= 950, file.getFileName() + " has about 800 words, not " + words);
                assertTrue(text.lines().filter(l -> l.startsWith("## ")).count() >= 4, file + " has 4+ sections");
            }
        }
        long affiliate = corpus.articles().stream().filter(CorpusGenerator.Article::affiliate).count();
        assertEquals(N / 10, affiliate, "1 in 10 articles has an affiliate link");

        Path out = tmp.resolve("site");
        BuildReport report;
        try {
            report = new SiteBuilder(corpus.dir()).build(out);
        } catch (BuildFailure failure) {
            fail("the generated corpus must build cleanly:\n" + String.join("\n", failure.problems().stream().map(Object::toString).toList()));
            return;
        }
        assertEquals(List.of(), report.warnings(), "the generated corpus's build prints no warnings");
        int pages = report.pagesByLanguage().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(corpus.htmlPages(), pages, "pages built: " + report.pagesByLanguage());
        CorpusGenerator.Article first = corpus.articles().get(0);
        String page = Files.readString(out.resolve("pl/" + first.plSlug() + "/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("hreflang=\"en\""), "the Polish article links its translation");
        String english = Files.readString(out.resolve("en/" + first.enSlug() + "/index.html"), StandardCharsets.UTF_8);
        assertTrue(!english.contains("translation-notice"), "translations are stamped current");
    }

    /**
     * The benchmark builds corpora of up to 5,000 articles per language, too many to build here: their titles, planned
     * without the text, must not reach the build's long-title warning, up to nine articles of every title shape
     * (the ninth titled "… (część 9)").
     */
    @Test
    void titlesStayWithinTheLengthTheBuildWarnsAt() {
        int n = 9 * TOPICS.length * PATTERNS_PL.length * AUDIENCES.length;
        List<String> tooLong = ArticlePlan.all(n, List.of("redakcja"), new Random(CorpusGenerator.SEED)).stream()
                .flatMap(p -> Stream.of(p.plTitle, p.enTitle))
                .filter(title -> title.codePointCount(0, title.length()) > LongTitles.LIMIT).toList();
        assertEquals(0, tooLong.size(), "titles over " + LongTitles.LIMIT + " characters at N=" + n + ", the first: "
                + tooLong.stream().limit(3).toList());
    }

    @Test
    void sameSeedSameCorpus(@TempDir Path tmp) throws Exception {
        CorpusGenerator.Corpus a = CorpusGenerator.generate(ProjectFixture.projectDir(), tmp.resolve("a"), 8);
        CorpusGenerator.Corpus b = CorpusGenerator.generate(ProjectFixture.projectDir(), tmp.resolve("b"), 8);
        for (CorpusGenerator.Article article : a.articles()) {
            assertEquals(Files.readString(article.plFile(a.dir())), Files.readString(article.plFile(b.dir())));
            assertEquals(Files.readString(article.enFile(a.dir())), Files.readString(article.enFile(b.dir())));
        }
    }

    private static long countPosts(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains("\ntype=post\n");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).count();
        }
    }
}
