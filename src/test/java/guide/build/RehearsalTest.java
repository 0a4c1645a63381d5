package guide.build;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.page.PageModel;
import guide.render.PageSpec;
import guide.translation.TranslationReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which reused pages the preview's warm-up renders anyway, and which documents' models it makes again. */
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

        Set<String> rehearsed = Rehearsal.warmUp(0).pagesOf(specs, documents);

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
    void afterAFirstBuildThatRenderedThePagesItRendersNoneAndNorDoesAnyOtherBuild() {
        List<PageSpec> specs = List.of(page("pl/a/index.html", "post"), page("pl/index.html", "home"));
        assertEquals(Set.of(), Rehearsal.warmUp(Rehearsal.DOCUMENTS).pagesOf(specs, Set.of("pl/a/index.html")));
        assertEquals(Set.of(), Rehearsal.NONE.pagesOf(specs, Set.of("pl/a/index.html")));
    }

    @Test
    void itMakesAgainTheModelsOfDocumentsSpreadOverTheSiteAndOfOneOfEachKind() {
        List<ContentDocument> published = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            published.add(TestDocument.article(i < 500 ? "en" : "pl", "artykul-" + i).build());
        }
        ContentDocument legal = TestDocument.article("pl", "umowa").header("legalStatus", "2026-11-01").build();
        ContentDocument quiz = TestDocument.article("pl", "test").type(DocumentType.QUIZ).build();
        published.add(700, legal);
        published.add(701, quiz);
        TranslationReport report = TranslationReport.of(List.of("pl", "en"), "pl", published, false);

        Set<Path> again = Rehearsal.warmUp(2000).modelsOf(published, report);

        assertTrue(again.contains(published.get(0).source()), "from the first");
        assertTrue(again.stream().anyMatch(p -> p.getName(1).toString().equals("en")) && again.stream().anyMatch(p -> p.getName(1).toString().equals("pl")),
                "both languages: " + again);
        assertTrue(again.contains(legal.source()), "the first with a header field no other has: " + again);
        assertTrue(again.contains(quiz.source()), "the first of a type: " + again);
        assertTrue(again.size() <= 24 + 4, again.size() + " documents: the spread ones and a few of their own kind");
        assertEquals(Set.of(), Rehearsal.NONE.modelsOf(published, report));
    }

    @Test
    void spreadTakesEveryNthFromTheFirstToTheEnd() {
        List<Integer> items = IntStream.range(0, 2006).boxed().toList();
        List<Integer> picked = Rehearsal.spread(items);
        assertEquals(0, picked.get(0));
        assertTrue(picked.size() >= Rehearsal.DOCUMENTS && picked.size() <= 24, picked.toString());
        assertTrue(picked.get(picked.size() - 1) >= items.size() - items.size() / Rehearsal.DOCUMENTS, "to the end: " + picked);
        assertEquals(List.of(0, 1, 2), Rehearsal.spread(List.of(0, 1, 2)), "all of a few");
    }

    @Test
    void aSmallSiteRehearsesEveryArticle() {
        List<PageSpec> specs = List.of(page("pl/a/index.html", "post"), page("pl/b/index.html", "page"), page("pl/index.html", "home"));
        Set<String> rehearsed = Rehearsal.warmUp(0).pagesOf(specs, Set.of("pl/a/index.html", "pl/b/index.html"));
        assertEquals(Set.of("pl/a/index.html", "pl/b/index.html", "pl/index.html"), rehearsed);
    }
}
