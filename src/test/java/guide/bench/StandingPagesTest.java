package guide.bench;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The benchmark's home, not-found and about pages say only what the real site's say: their titles and summaries are the real
 * ones, and every sentence without a link (the links are to the corpus's own articles) stands in the real page. So the
 * benchmark publishes no claim the guide does not make, as "an independent resource" was once. An editor's change of those
 * pages fails it on purpose: the benchmark's pages are then to follow ({@link StandingPages}).
 */
class StandingPagesTest {
    @Test
    void theStandingPagesSayOnlyWhatTheRealOnesSay(@TempDir Path tmp) throws Exception {
        Path real = ProjectFixture.projectDir();
        Path corpus = CorpusGenerator.generate(real, tmp.resolve("corpus"), 4).dir();
        List<String> unsaid = new ArrayList<>();
        for (String page : List.of("pl/index.md", "en/index.md", "pl/404.md", "en/404.md", "pl/o-przewodniku.md", "en/about.md")) {
            String generated = Files.readString(corpus.resolve("content/" + page), StandardCharsets.UTF_8);
            String original = Files.readString(real.resolve("content/" + page), StandardCharsets.UTF_8);
            for (String key : List.of("title=", "summary=")) {
                if (!line(original, key).equals(line(generated, key))) {
                    unsaid.add(page + ": " + line(generated, key));
                }
            }
            String body = original.substring(original.indexOf("~~~~~~"));
            for (String sentence : sentences(generated.substring(generated.indexOf("~~~~~~") + 6))) {
                if (!sentence.contains("](/") && !body.contains(sentence)) {
                    unsaid.add(page + ": " + sentence);
                }
            }
        }
        assertEquals(List.of(), unsaid, "titles, summaries and sentences of the benchmark's standing pages that the real pages do not say");
    }

    private static String line(String text, String key) {
        return text.lines().filter(l -> l.startsWith(key)).findFirst().orElse(key + " missing");
    }

    /** The text's sentences and headings (a heading without its {@code {#id}}), one a line ends or a full stop and space end. */
    private static List<String> sentences(String markdown) {
        return markdown.lines().map(l -> l.replaceAll(" \\{#[a-z-]+}$", "").strip()).filter(l -> !l.isEmpty())
                .flatMap(l -> Arrays.stream(l.split("(?<=[.!?])\\s+"))).toList();
    }
}
