package guide.check;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A renamed page's earlier addresses ({@code aliases=}) become redirects: each must be an address a page of its
 * language could have had, not one that something published answers at, and lead to one page only.
 */
class AliasesCheckTest {
    @TempDir
    Path dir;

    private List<String> problems(TestDocument... documents) {
        List<ContentDocument> built = List.of(documents).stream().map(TestDocument::build).toList();
        List<Problem> found = new ArrayList<>();
        new AliasesCheck().check(SmallProject.in(dir).ui(), built, found);
        return found.stream().map(Problem::toString).toList();
    }

    private static TestDocument page(String lang, String slug, String aliases) {
        TestDocument doc = TestDocument.article(lang, slug);
        return aliases == null ? doc : doc.header("aliases", aliases);
    }

    @Test
    void earlierAddressesOfTheLanguageThatNothingElseTakesPass() {
        assertEquals(List.of(), problems(page("en", "about-us", "/en/about/, /en/about-the-guide/"), page("en", "pricing", null)));
    }

    @Test
    void anAddressOfAnotherLanguageOrOfNoPageIsRefused() {
        List<String> found = problems(page("en", "about-us", "/pl/o-nas/"), page("en", "team", "/en/Team/"));
        assertEquals(2, found.size(), found.toString());
        assertEquals(true, found.get(0).startsWith("content/en/about-us.md:8: aliases: '/pl/o-nas/' is not an address of a page of this language:"
                + " write the old address as a path, like /en/old-name/ (without https:// or the domain;"), found.get(0));
        assertEquals(true, found.get(1).contains("'/en/Team/' is not an address of a page of this language"), found.get(1));
    }

    @Test
    void thePagesOwnAPublishedPagesTheArchivesAndTheSearchIndexsAddressesAreRefused() {
        List<String> found = problems(page("en", "about-us", "/en/about-us/"), page("en", "pricing", null),
                page("en", "team", "/en/pricing/"), page("en", "old", "/en/articles/"), page("en", "older", "/en/search/"));
        assertEquals(List.of("content/en/about-us.md:8: aliases: /en/about-us/ is this page's own address: list only the addresses it had before",
                "content/en/team.md:8: aliases: /en/pricing/ is the address of content/en/pricing.md, which is published: a redirect would hide it;"
                        + " remove /en/pricing/ here",
                "content/en/old.md:8: aliases: /en/articles/ is the article archive's address (archiveUrl): a redirect would hide it;"
                        + " remove /en/articles/ here",
                "content/en/older.md:8: aliases: /en/search/ is the folder of the search index: a redirect would hide it; remove /en/search/ here"),
                found);
    }

    @Test
    void anAddressTwoPagesClaimIsRefusedOnTheSecond() {
        assertEquals(List.of("content/en/team.md:8: aliases: /en/about/ is also an earlier address of content/en/about-us.md (line 8):"
                + " an old address can lead to one page only; keep it on one of them"),
                problems(page("en", "about-us", "/en/about/"), page("en", "team", "/en/about/")));
    }

    /** A draft redirects nothing, and its address is free; a not-found page has no earlier address. */
    @Test
    void draftsAreLeftAloneAndANotFoundPageHasNoAliases() {
        assertEquals(List.of(), problems(page("en", "about-us", "/en/draft/"), page("en", "draft", "/en/pricing/").draft()));
        assertEquals(List.of("content/en/404.md:8: aliases: a not-found page has no earlier address to redirect: remove this line"),
                problems(page("en", "404", "/en/missing/").type(DocumentType.NOTFOUND)));
    }
}
