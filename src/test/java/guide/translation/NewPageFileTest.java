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

    /**
     * The build publishes {@code Zażółć.md} at {@code /pl/zazolc/}: the same name given as {@code --name} is taken, made the
     * address as the build makes it, and the file is named as its address, with a note saying so.
     */
    @Test
    void aNameWithAccentsOrCapitalsBecomesTheAddressTheBuildWouldMakeOfIt() {
        SiteConfig config = SmallProject.in(dir).config();
        NewPageFile.Result result = NewPageFile.of("Zażółć", "pl", config, List.of());
        assertNull(result.problem());
        assertEquals(config.contentDir().resolve("pl/zazolc.md"), result.file());
        assertEquals("an address uses only the letters a to z, digits and single hyphens, so the page's address is /pl/zazolc/"
                + " and its file content/pl/zazolc.md", result.note());
    }

    /** A Ukrainian name goes through the language's own transform, as the build's addresses do: "Що далі" is shcho-dali. */
    @Test
    void aCyrillicNameIsTransliteratedWithTheLanguagesTransform() {
        SiteConfig config = SmallProject.in(dir).properties("\nsite.languages=pl,en,uk\nsite.language.uk.transliteration=Ukrainian-Latin/BGN\n")
                .config();
        NewPageFile.Result result = NewPageFile.of("Що далі", "uk", config, List.of());
        assertNull(result.problem());
        assertEquals(config.contentDir().resolve("uk/shcho-dali.md"), result.file());
        assertEquals("an address uses only the letters a to z, digits and single hyphens, so the page's address is /uk/shcho-dali/"
                + " and its file content/uk/shcho-dali.md", result.note());
        ContentDocument taken = TestDocument.article("uk", "shcho-dali").build();
        assertEquals("its address /uk/shcho-dali/ is already " + taken.source() + "'s: choose another name",
                NewPageFile.of("що-далі", "uk", config, List.of(taken)).problem(), "the address it would have is checked, not the name");
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
     * it is taken as the address the build would make of it.
     */
    @Test
    void wordsTypedAsATitleBecomeTheAddress() {
        Map<String, String> names = Map.of("Advance or deposit", "advance-or-deposit", "Pricing", "pricing", "two words", "two-words",
                "under_score", "under-score", "a--b", "a-b", "Żółw w ogrodzie", "zolw-w-ogrodzie", "It's time", "its-time");
        names.forEach((name, slug) -> {
            NewPageFile.Result result = of(name, List.of());
            assertNull(result.problem(), name);
            assertEquals(SmallProject.in(dir).config().contentDir().resolve("en/" + slug + ".md"), result.file(), name);
            assertEquals("an address uses only the letters a to z, digits and single hyphens, so the page's address is /en/" + slug
                    + "/ and its file content/en/" + slug + ".md", result.note(), name);
        });
        assertNull(of("pricing", List.of()).note(), "a name that is its address needs no note");
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
