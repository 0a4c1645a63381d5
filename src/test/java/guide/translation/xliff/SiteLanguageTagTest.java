package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A language as CAT tools write it, read as the site's language it names, or kept as written when it names none. */
class SiteLanguageTagTest {
    private static final List<String> SITE = List.of("pl", "en", "pt-BR");

    @Test
    void regionsCapitalsAndUnderscoresNameTheSiteLanguage() {
        assertEquals("en", SiteLanguageTag.of("en", SITE));
        assertEquals("en", SiteLanguageTag.of("en-US", SITE));
        assertEquals("en", SiteLanguageTag.of("EN", SITE));
        assertEquals("pl", SiteLanguageTag.of("pl_PL", SITE));
        assertEquals("pt-BR", SiteLanguageTag.of("pt-br", SITE));
    }

    @Test
    void aLanguageTheSiteDoesNotHaveIsKeptAsWritten() {
        assertEquals("de-DE", SiteLanguageTag.of("de-DE", SITE));
        assertEquals("pt", SiteLanguageTag.of("pt", SITE));
        assertEquals("", SiteLanguageTag.of("", SITE));
        assertEquals("not a tag", SiteLanguageTag.of("not a tag", SITE));
        assertEquals("en?", SiteLanguageTag.of("en?", SITE), "no language range at all: refused as written");
    }

    @Test
    void aFileIsReadWithBothItsLanguagesAsTheSiteNamesThem() {
        XliffFile file = new XliffFile(Path.of("f.xlf"), 1, new XliffFile.LanguageLines(2, 2), "content/pl/a.md", "pl-PL", "EN_us", "content/en/a.md",
                "a", null, null, List.of(), Set.of(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        XliffFile read = SiteLanguageTag.read(file, SITE);
        assertEquals(List.of("pl", "en"), List.of(read.sourceLang(), read.targetLang()));
    }
}
