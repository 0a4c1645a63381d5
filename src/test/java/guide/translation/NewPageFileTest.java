package guide.translation;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A new page's name is its address: the README's rule for file names, and no address another page has. */
class NewPageFileTest {
    @TempDir
    Path dir;

    private NewPageFile.Result of(String name, List<ContentDocument> documents) {
        SiteConfig config = SmallProject.in(dir).config();
        return NewPageFile.of(name, "en", config, documents);
    }

    @Test
    void aNameOfLowercaseWordsJoinedByHyphensGoesIntoTheLanguagesFolder() {
        SiteConfig config = SmallProject.in(dir).config();
        for (String name : List.of("pricing-a-project", "pricing-a-project.md", "step-2", "2026", "a")) {
            NewPageFile.Result result = of(name, List.of());
            assertNull(result.problem(), name);
            assertEquals(config.contentDir().resolve("en").resolve(name.replaceFirst("\\.md$", "") + ".md"), result.file(), name);
        }
    }

    /** The build transliterates a file name into its address: a name it would change is refused with the address it would get. */
    @Test
    void aNameWithAccentsIsRefusedWithTheNameToUse() {
        NewPageFile.Result result = of("żółw", List.of());
        assertNull(result.file());
        assertEquals("an address uses only the letters a to z, so this would publish żółw.md"
                + " at /en/zolw/: name it zolw", result.problem());
    }

    @Test
    void aNameThatIsNoAddressIsRefusedWithTheRule() {
        for (String name : List.of("../x", "a/b", "a\\b", "feed.xml", "-lead", "trail-", "", ".md", "tab\tname", "pricing.MD")) {
            NewPageFile.Result result = of(name, List.of());
            assertNull(result.file(), name);
            assertEquals("a file name is the page's address: lowercase letters, digits and single hyphens, like how-to-price-a-project (found '"
                    + name + "')", result.problem(), name);
        }
    }

    /**
     * {@code ./guide translations} asks for the title's words joined by hyphens, and a translator may type the title itself:
     * the refusal gives the name the build would make of it.
     */
    @Test
    void wordsTypedAsATitleAreRefusedWithTheNameToUse() {
        Map<String, String> names = Map.of("Advance or deposit", "advance-or-deposit", "Pricing", "pricing", "two words", "two-words",
                "under_score", "under-score", "a--b", "a-b", "Żółw w ogrodzie", "zolw-w-ogrodzie");
        names.forEach((name, slug) -> {
            NewPageFile.Result result = of(name, List.of());
            assertNull(result.file(), name);
            assertEquals("a file name is the page's address: lowercase letters, digits and single hyphens, like how-to-price-a-project (found '"
                    + name + "'): name it " + slug, result.problem(), name);
        });
    }

    @Test
    void anAddressAnotherPageOfThatLanguageHasIsRefused() {
        ContentDocument taken = TestDocument.article("en", "pricing").build();
        ContentDocument polish = TestDocument.article("pl", "advance").build();
        NewPageFile.Result result = of("pricing", List.of(polish, taken));
        assertNull(result.file());
        assertEquals("its address /en/pricing/ is already " + taken.source() + "'s: choose another name", result.problem());
        assertNull(of("advance", List.of(polish, taken)).problem(), "another language's page has its own address");
        ContentDocument home = TestDocument.article("en", "index").type(DocumentType.HOME).build();
        assertNull(of("index-of-terms", List.of(home)).problem());
    }
}
