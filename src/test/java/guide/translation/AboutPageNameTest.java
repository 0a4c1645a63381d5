package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.ProjectFixture;
import guide.site.SiteConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A missing translation of the source's about page is to be named as its language's aboutUrl requires (with German
 * added as the README's "Add a language" says); no other page, and no address that is not the language's own, gives a name.
 */
class AboutPageNameTest {
    @TempDir
    Path project;

    private final ContentDocument polishAbout = TestDocument.article("pl", "o-przewodniku").key("about").build();

    @BeforeEach
    void addGerman() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path properties = project.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties, StandardCharsets.UTF_8)
                .replace("site.languages=pl,en", "site.languages=pl,en,de"), StandardCharsets.UTF_8);
    }

    private Optional<String> requiredWith(String germanAboutUrl, TranslationState state) throws Exception {
        Files.writeString(project.resolve("templates/i18n/de.yaml"), Files.readString(project.resolve("templates/i18n/en.yaml"), StandardCharsets.UTF_8)
                .replace("aboutUrl: /en/about/", "aboutUrl: " + germanAboutUrl), StandardCharsets.UTF_8);
        return AboutPageName.of(SiteConfig.load(project)).required(state);
    }

    private TranslationState missing(ContentDocument source) {
        return new TranslationState(source.translationKey(), "de", TranslationState.Status.MISSING, null, source, List.of(), null);
    }

    @Test
    void theMissingAboutPageTakesTheNameItsLanguagesAboutUrlGives() throws Exception {
        assertEquals(Optional.of("ueber-den-leitfaden"), requiredWith("/de/ueber-den-leitfaden/", missing(polishAbout)));
        assertEquals(Optional.of("ueber-uns"), requiredWith("/de/ueber-uns/#team", missing(polishAbout)), "a fragment is no part of the name");
        assertEquals(Optional.of("about"), AboutPageName.of(SiteConfig.load(project)).required(
                new TranslationState("about", "en", TranslationState.Status.MISSING, null, polishAbout, List.of(), null)), "English's aboutUrl is /en/about/");
    }

    @Test
    void anotherPageOrATranslationThatExistsGivesNoName() throws Exception {
        ContentDocument article = TestDocument.article("pl", "5-oznak").key("fire-bad-client").build();
        assertEquals(Optional.empty(), requiredWith("/de/ueber-den-leitfaden/", missing(article)));
        ContentDocument germanAbout = TestDocument.article("de", "ueber-den-leitfaden").key("about").build();
        assertEquals(Optional.empty(), requiredWith("/de/ueber-den-leitfaden/",
                new TranslationState("about", "de", TranslationState.Status.OUTDATED, germanAbout, polishAbout, List.of(), null)));
        assertEquals(Optional.empty(), requiredWith("/de/ueber-den-leitfaden/",
                new TranslationState("about", "de", TranslationState.Status.MISSING, null, null, List.of(), null)), "no source: nothing to translate");
    }

    @Test
    void anAboutUrlThatIsNoPageOfTheLanguagesOwnGivesNoName() throws Exception {
        assertEquals(Optional.empty(), requiredWith("/pl/o-przewodniku/", missing(polishAbout)), "German borrows the Polish page");
        assertEquals(Optional.empty(), requiredWith("/de/", missing(polishAbout)), "the home page's address");
        assertEquals(Optional.empty(), requiredWith("/de//", missing(polishAbout)), "an empty name");
        assertEquals(Optional.empty(), requiredWith("/de/ueber/uns/", missing(polishAbout)), "a nested address names no file");
        assertEquals(Optional.empty(), requiredWith("/de/ueber.html", missing(polishAbout)), "not a page's folder address");
    }

    @Test
    void theStringsFileIsNamedAsTheProjectHasIt() throws Exception {
        requiredWith("/de/ueber-den-leitfaden/", missing(polishAbout));
        assertEquals("templates/i18n/de.yaml", AboutPageName.of(SiteConfig.load(project)).stringsFile("de"));
    }
}
