package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.render.PageSpec;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import guide.translation.TranslationIndex;
import guide.translation.TranslationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What {@link PageModels} puts together: each kind of page with the parts it has (an article its related articles and its
 * update, a home page its lists, a draft its mark), and the pages the build makes itself, in the order it writes them.
 */
class PageModelsTest {
    @TempDir
    Path dir;

    private PageModels models(ContentDocument... documents) {
        SmallProject project = SmallProject.in(dir);
        SiteConfig config = project.config();
        List<ContentDocument> published = List.of(documents);
        return new PageModels(config, published, new TranslationIndex(config.languages(), published), project.authors(), project.ui(), Map.of(),
                TranslationReport.of(config.languages(), config.defaultLanguage(), published, false), new CardMemo(), Map.of());
    }

    @Test
    void anArticleHasItsUpdateAndRelatedArticlesAPageUpdatedTheDayItWasPublishedNeither() {
        ContentDocument article = TestDocument.article("pl", "a").date("2026-11-20").header("updated", "2026-11-21").tags("umowy").build();
        ContentDocument other = TestDocument.article("pl", "b").date("2026-11-19").tags("umowy").build();
        ContentDocument page = TestDocument.article("pl", "o-nas").type(DocumentType.PAGE).date("2026-11-20").header("updated", "2026-11-20")
                .tags("umowy").build();
        PageModels models = models(article, other, page);

        PageModel a = models.forDocument(article);
        assertEquals(new DateText("2026-11-21", "21 listopada 2026"), a.updated());
        assertEquals(List.of("/pl/b/"), a.related().stream().map(Card::url).toList());
        assertNull(a.draft());
        assertNull(a.home());
        PageModel p = models.forDocument(page);
        assertNull(p.updated());
        assertEquals(List.of(), p.related(), "a page is no article: no related articles, whatever its tags");
    }

    @Test
    void aDraftIsMarkedAndAHomePageHasItsLists() {
        ContentDocument home = TestDocument.article("pl", "index").type(DocumentType.HOME).key("home").build();
        ContentDocument draft = TestDocument.article("pl", "szkic").draft().build();
        PageModels models = models(home, draft);
        assertEquals(Boolean.TRUE, models.forDocument(draft).draft());
        assertNull(models.forDocument(draft).home());
        assertNull(models.forDocument(home).draft());
        assertEquals("/pl/artykuly/", models.forDocument(home).home().archive().url(), "the home page links to the archive");
    }

    @Test
    void theBuildsOwnPagesAreTheListingPagesThenTheSitemapAndRobots() {
        PageModels models = models(TestDocument.article("pl", "a").build(),
                TestDocument.article("en", "404").type(DocumentType.NOTFOUND).title("Page not found").build());
        List<String> listing = List.of("index.html", "404.html", "pl/feed.xml", "pl/artykuly/index.html", "en/feed.xml", "en/articles/index.html");
        assertEquals(listing, models.listingPages().stream().map(PageSpec::outputPath).toList());
        assertEquals(List.of("sitemap.xml", "robots.txt"), models.sitemapAndRobots().stream().map(PageSpec::outputPath).toList());
        List<PageSpec> generated = models.generated();
        assertEquals(List.of("root", "rootnotfound", "atom", "articles", "atom", "articles", "sitemapxml", "robots"),
                generated.stream().map(PageSpec::type).toList());
        assertEquals(List.of("Przewodnik · The Guide", "Page not found"), generated.subList(0, 2).stream().map(s -> s.model().title()).toList());
    }
}
