package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import guide.i18n.UiStrings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The site's root not-found page ({@code /404.html}) offers each language that has a not-found page of its own, in the site's
 * order of languages, with that page's title and summary and a link to the language's home page; no such page, no root one.
 */
class RootNotFoundPageTest {
    @TempDir
    Path dir;
    private RootNotFoundPage page;

    @BeforeEach
    void site() {
        SmallProject project = SmallProject.in(dir);
        SiteConfig config = project.config();
        UiStrings ui = project.ui();
        page = new RootNotFoundPage(config, ui, new LanguageViews(config, ui), new Typesetter(config), new ShareImages(config, ui, Map.of()));
    }

    private static TestDocument notFound(String lang, String title) {
        return TestDocument.article(lang, "404").type(DocumentType.NOTFOUND).title(title);
    }

    /** An English page before the Polish one, and an article of each language beside them: the not-found pages only, Polish first. */
    @Test
    void eachLanguagesNotFoundPageInTheSitesOrderOfLanguages() {
        List<ContentDocument> published = List.of(TestDocument.article("en", "a").build(), notFound("en", "Page not found").build(),
                TestDocument.article("pl", "b").build(), notFound("pl", "Nie ma takiej strony").header("summary", null).build());

        PageModel model = page.model(published).orElseThrow();
        assertEquals(List.of("pl", "en"), model.languages().stream().map(LanguageChoice::lang).toList());
        assertEquals(List.of("Nie ma takiej strony", "Page not found"), model.languages().stream().map(LanguageChoice::siteName).toList());
        assertEquals(List.of("/pl/", "/en/"), model.languages().stream().map(LanguageChoice::url).toList(), "each to its home page");
        assertEquals("pl", model.lang());
        assertEquals("Nie ma takiej strony · Page not found", model.title());
        assertEquals("About 404.", model.summary(), "the one language whose page has a summary");
        assertEquals("https://example.org/404.html", model.canonical());
    }

    @Test
    void withoutTheDefaultLanguagesPageTheFirstThatHasOneLeadsAndNoSummaryIsNone() {
        PageModel model = page.model(List.of(notFound("en", "Page not found").header("summary", null).build())).orElseThrow();
        assertEquals("en", model.lang());
        assertEquals("Page not found", model.title());
        assertNull(model.summary());
    }

    @Test
    void noLanguageWithANotFoundPageNoRootOne() {
        assertEquals(Optional.empty(), page.model(List.of(TestDocument.article("pl", "404").build(), TestDocument.article("en", "a").build())));
    }
}
