package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.util.List;

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
    }
}
