package guide.build;

import guide.page.PageModel;
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

    private static PageSpec page(String path, String type) {
        return PageSpec.generated(path, PageModel.builder("pl", null, type, "Tytuł", "/" + path, "https://example.org/" + path,
                "https://example.org").build());
    }

    @Test
    void aLargeSiteRehearsesArticlesSpreadOverItAndOnePageOfEachKindTheBuildMakes() {
        List<PageSpec> specs = new ArrayList<>();
        Set<String> documents = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String path = (i < 1000 ? "pl/" : "en/") + "article-" + i + "/index.html";
            specs.add(page(path, "post"));
            documents.add(path);
        }
        specs.add(page("pl/index.html", "home"));
        specs.add(page("pl/artykuly/index.html", "articles"));
        specs.add(page("pl/artykuly/2/index.html", "articles"));
        specs.add(page("pl/feed.xml", "atom"));
        specs.add(page("en/index.html", "home"));
        specs.add(page("en/feed.xml", "atom"));
        specs.add(page("sitemap.xml", "sitemapxml"));

        Set<String> rehearsed = Rehearsal.pagesOf(specs, documents);

        Set<String> generated = new HashSet<>(rehearsed);
        generated.removeIf(documents::contains);
        assertEquals(Set.of("pl/index.html", "pl/artykuly/index.html", "pl/feed.xml", "sitemap.xml"), generated,
                "the first page of each kind the build makes");
        Set<String> articles = new HashSet<>(rehearsed);
        articles.retainAll(documents);
        assertTrue(articles.size() >= Rehearsal.DOCUMENTS && articles.size() <= Rehearsal.DOCUMENTS + 1, articles.size() + " articles");
        assertTrue(articles.contains("pl/article-0/index.html"));
        assertTrue(articles.stream().anyMatch(p -> p.startsWith("en/")), "both languages' articles: " + articles);
    }

    @Test
    void aSmallSiteRehearsesEveryArticle() {
        List<PageSpec> specs = List.of(page("pl/a/index.html", "post"), page("pl/b/index.html", "page"), page("pl/index.html", "home"));
        Set<String> rehearsed = Rehearsal.pagesOf(specs, Set.of("pl/a/index.html", "pl/b/index.html"));
        assertEquals(Set.of("pl/a/index.html", "pl/b/index.html", "pl/index.html"), rehearsed);
    }
}
