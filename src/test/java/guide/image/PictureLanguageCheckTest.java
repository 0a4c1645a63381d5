package guide.image;

import guide.content.TestDocument;
import guide.site.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page showing a picture in another language than its own, which has a version in the page's language, is warned of
 * at the image's line with the picture to show; a language-neutral picture, one drawn in one language only, and the
 * right language's picture are not.
 */
class PictureLanguageCheckTest {
    @TempDir
    Path images;

    private PictureTwins twins;

    @BeforeEach
    void drawings() throws IOException {
        Files.writeString(images.resolve("exit-steps-pl.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"pl\"><text>Krok</text></svg>");
        Files.writeString(images.resolve("exit-steps-en.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"en\"><text>Step</text></svg>");
        // No language in its name, declared only on its root; the English version named with -en.
        Files.writeString(images.resolve("flow.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"\n  xml:lang=\"pl-PL\" width=\"10\"></svg>");
        Files.writeString(images.resolve("flow-en.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"en\"></svg>");
        Files.write(images.resolve("chart-pl.png"), new byte[] {1});
        Files.write(images.resolve("chart-en.png"), new byte[] {1});
        Files.write(images.resolve("only-pl.png"), new byte[] {1});
        Files.write(images.resolve("desk.jpg"), new byte[] {1});
        Files.write(images.resolve("desk-en.jpg"), new byte[] {1});
        twins = new PictureTwins(images, List.of("pl", "en"));
    }

    private List<String> warnings(String lang, String body) {
        return PictureLanguageCheck.of(List.of(TestDocument.article(lang, "steps").body(body).build()), twins).stream().map(Problem::toString).toList();
    }

    @Test
    void aPolishDrawingOnAnEnglishPageIsNamedAtItsLineWithTheEnglishOne() {
        // TestDocument writes seven header lines and the separator: the body starts at line 9.
        assertEquals(List.of("content/en/steps.md:11: warning: the picture /images/exit-steps-pl.svg is in Polish (lang=\"pl\");"
                        + " use its English version, /images/exit-steps-en.svg"),
                warnings("en", "Three steps.\n\n![Diagram of the three steps](/images/exit-steps-pl.svg)\n"));
    }

    @Test
    void theLanguageDeclaredOnTheRootCountsWithoutOneInTheName() {
        assertEquals(List.of("content/en/steps.md:9: warning: the picture /images/flow.svg is in Polish (lang=\"pl\");"
                        + " use its English version, /images/flow-en.svg"),
                warnings("en", "<img src=\"/images/flow.svg\" alt=\"The flow\">\n"));
    }

    @Test
    void aPictureNamedForAnotherLanguageIsNamedAtItsReferenceDefinition() {
        assertEquals(List.of("content/en/steps.md:11: warning: the picture /images/chart-pl.png is in Polish (its name ends in -pl);"
                        + " use its English version, /images/chart-en.png"),
                warnings("en", "The chart: ![The chart][chart]\n\n[chart]: /images/chart-pl.png\n"));
    }

    @Test
    void theRightLanguageANeutralPictureOneWithoutATwinAndCodeAreLeftAlone() {
        assertEquals(List.of(), warnings("pl", "![Kroki](/images/exit-steps-pl.svg)\n\n![Biurko](/images/desk.jpg)\n"));
        assertEquals(List.of(), warnings("en", "![Steps](/images/exit-steps-en.svg)\n\n![A desk](/images/desk.jpg)\n\n"
                + "![Only in Polish](/images/only-pl.png)\n\n```\n![Example](/images/exit-steps-pl.svg)\n```\n"));
    }

    @Test
    void theSiteLanguagesDecideWhichNamesHaveALanguage() {
        Path dir = images;
        PictureTwins noPolish = new PictureTwins(dir, List.of("de", "en"));
        assertEquals(List.of(), PictureLanguageCheck.of(List.of(TestDocument.article("en", "steps").body("![Chart](/images/chart-pl.png)\n").build()),
                noPolish), "with no Polish on the site, -pl is just part of a name");
    }

    /** The drawing's language is its root's as the XML parser reads it: a comment mentioning another says nothing. */
    @Test
    void aLangInACommentIsNotTheDrawingsLanguage() throws IOException {
        Files.writeString(images.resolve("legend-en.svg"), "<?xml version=\"1.0\"?>\n<!-- traced from <svg lang=\"pl\"> in legend-pl.svg -->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" lang=\"en\"><text>Key</text></svg>");
        Files.writeString(images.resolve("legend-pl.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"pl\"><text>Legenda</text></svg>");
        assertEquals(List.of(), warnings("en", "![Key](/images/legend-en.svg)\n"), "the English drawing on an English page");
        assertEquals(List.of("content/pl/steps.md:9: warning: the picture /images/legend-en.svg is in English (lang=\"en\");"
                + " use its Polish version, /images/legend-pl.svg"), warnings("pl", "![Legenda](/images/legend-en.svg)\n"));
    }

    /** A drawing that declares another language and has no version in the page's: named at its line, with the file to draw. */
    @Test
    void aDrawingWithNoVersionInThePagesLanguageIsNamedWithTheFileToDraw() throws IOException {
        Files.writeString(images.resolve("plan-pl.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"pl\"><text>Plan</text></svg>");
        Files.writeString(images.resolve("route.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"pl-PL\"><text>Trasa</text></svg>");
        assertEquals(List.of("content/en/steps.md:11: warning: the picture /images/plan-pl.svg has its words in Polish (lang=\"pl\") and no"
                        + " English version: draw one, save it beside it as plan-en.svg and show /images/plan-en.svg here",
                "content/en/steps.md:13: warning: the picture /images/route.svg#top has its words in Polish (lang=\"pl\") and no English version:"
                        + " draw one, save it beside it as route-en.svg and show /images/route-en.svg#top here"),
                warnings("en", "The plan.\n\n![The plan](/images/plan-pl.svg)\n\n![The route](/images/route.svg#top)\n\n"
                        + "```\n![Example](/images/route.svg)\n```\n"));
        assertEquals(List.of(), warnings("pl", "![Plan](/images/plan-pl.svg)\n"), "the page's own language");
        assertEquals(List.of(), warnings("en", "![Only in Polish](/images/only-pl.png)\n"), "a language only its name tells");
    }

    /**
     * British and American English: an English drawing (lang="en", named -en as the site named it before it had two
     * Englishes) is read by both, so neither page is told to draw another; a British one on the British page is its own
     * (the root's lang="en-GB" reads as "en", which once made it a twin of itself); a British one on the American page,
     * with an American one drawn, is named with it; and the Polish page is told of the Polish drawing, not to draw
     * "exit-steps-en-pl.svg".
     */
    @Test
    void regionalVariantsReadTheirLanguagesDrawingsAndAreToldOfTheirOwn() throws IOException {
        Files.writeString(images.resolve("steps-en-GB.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"en-GB\"><text>Colour</text></svg>");
        Files.writeString(images.resolve("steps-en-US.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"en-US\"><text>Color</text></svg>");
        PictureTwins english = new PictureTwins(images, List.of("pl", "en-GB", "en-US"));
        assertEquals(List.of(), check(english, "en-GB", "![Steps](/images/exit-steps-en.svg)\n\n![Steps](/images/steps-en-GB.svg)\n"));
        assertEquals(List.of(), check(english, "en-US", "![Steps](/images/exit-steps-en.svg)\n\n![Steps](/images/steps-en-US.svg)\n"));
        assertEquals(List.of("content/en-US/steps.md:9: warning: the picture /images/steps-en-GB.svg is in British English (lang=\"en-GB\");"
                + " use its American English version, /images/steps-en-US.svg"), check(english, "en-US", "![Steps](/images/steps-en-GB.svg)\n"));
        // The Polish page still gets the Polish drawing, found though -en is no code of the site's any more.
        assertEquals(List.of("content/pl/steps.md:9: warning: the picture /images/exit-steps-en.svg is in English (lang=\"en\");"
                + " use its Polish version, /images/exit-steps-pl.svg"), check(english, "pl", "![Kroki](/images/exit-steps-en.svg)\n"));
    }

    private static List<String> check(PictureTwins twins, String lang, String body) {
        return PictureLanguageCheck.of(List.of(TestDocument.article(lang, "steps").body(body).build()), twins).stream().map(Problem::toString).toList();
    }
}
