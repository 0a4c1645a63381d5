package guide.build;

import guide.render.PageSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which reused pages the preview's warm-up renders anyway. */
class RehearsalTest {

    private static PageSpec page(String path) {
        return new PageSpec(path, null, "", null, List.of());
    }

    @Test
    void aLargeSiteRehearsesEveryPageTheBuildMakesAndAboutFortyEightArticlesSpreadOverIt() {
        List<PageSpec> specs = new ArrayList<>();
        Set<String> documents = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String path = (i < 1000 ? "pl/" : "en/") + "article-" + i + "/index.html";
            specs.add(page(path));
            documents.add(path);
        }
        List<String> generated = List.of("pl/index.html", "pl/artykuly/index.html", "pl/artykuly/2/index.html", "en/feed.xml", "sitemap.xml");
        generated.forEach(path -> specs.add(page(path)));

        Set<String> rehearsed = Rehearsal.pagesOf(specs, documents);

        assertTrue(rehearsed.containsAll(generated), "the home pages, archive pages, feeds and sitemap a retitled article renders again");
        Set<String> articles = new HashSet<>(rehearsed);
        articles.removeAll(generated);
        assertTrue(articles.size() >= Rehearsal.DOCUMENTS && articles.size() <= Rehearsal.DOCUMENTS + 2, articles.size() + " articles");
        assertTrue(articles.contains("pl/article-0/index.html"));
        assertTrue(articles.stream().anyMatch(p -> p.startsWith("en/")), "both languages' articles: " + articles);
    }

    @Test
    void aSmallSiteRehearsesEveryPage() {
        List<PageSpec> specs = List.of(page("pl/a/index.html"), page("pl/b/index.html"), page("pl/index.html"));
        Set<String> rehearsed = Rehearsal.pagesOf(specs, Set.of("pl/a/index.html", "pl/b/index.html"));
        assertEquals(Set.of("pl/a/index.html", "pl/b/index.html", "pl/index.html"), rehearsed);
    }
}
