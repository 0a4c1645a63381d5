package guide.translation;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A home or not-found page's address comes from its type, so a translation of one keeps its source's file name, and the
 * report's command for a missing one says why instead of asking for the new page's address; an article's file name is its
 * address, so it has no such address.
 */
class TypeAddressTest {
    private static final ContentDocument HOME = TestDocument.article("pl", "index").type(DocumentType.HOME).key("home").build();
    private static final ContentDocument NOT_FOUND = TestDocument.article("pl", "404").type(DocumentType.NOTFOUND).key("not-found").build();

    @Test
    void aHomePageIsAtItsLanguagesRootAndKeepsItsSourcesName() {
        TypeAddress home = TypeAddress.of(HOME, "de").orElseThrow();
        assertEquals(new TypeAddress("home page", "/de/", "index"), home);
        assertEquals("a home page's address comes from its type, not its file name, so the German one is at /de/", home.reason("German"));
    }

    @Test
    void aNotFoundPageIsAt404HtmlInItsLanguagesFolderAndKeepsItsSourcesName() {
        TypeAddress notFound = TypeAddress.of(NOT_FOUND, "en").orElseThrow();
        assertEquals(new TypeAddress("not-found page", "/en/404.html", "404"), notFound);
        assertEquals("a not-found page's address comes from its type, not its file name, so the English one is at /en/404.html",
                notFound.reason("English"));
    }

    @Test
    void anArticlesAddressIsItsFileNameNotItsType() {
        assertEquals(Optional.empty(), TypeAddress.of(TestDocument.article("pl", "jak-wycenic-projekt").build(), "en"));
        assertEquals(Optional.empty(), TypeAddress.of(TestDocument.article("pl", "o-nas").type(DocumentType.PAGE).build(), "en"));
    }

    @Test
    void theReportsCommandForAMissingHomeOrNotFoundPageNamesTheSourcesFileAndSaysWhy() {
        String table = ReportPrinter.table(TranslationReport.of(List.of("pl", "en"), "pl", List.of(HOME, NOT_FOUND), true));
        assertTrue(table.contains("en missing: home (source content/pl/index.md); start it with ./guide translate content/pl/index.md --to en"
                + " --name index (this names the file only: a home page's address comes from its type, not its file name, so the English one"
                + " is at /en/)\n"), table);
        assertTrue(table.contains("en missing: not-found (source content/pl/404.md); start it with ./guide translate content/pl/404.md --to en"
                + " --name 404 (this names the file only: a not-found page's address comes from its type, not its file name, so the English"
                + " one is at /en/404.html)\n"), table);
    }
}
