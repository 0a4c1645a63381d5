package guide.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which two codes of site.languages are regional variants of one language, whose texts the copy warnings do not compare
 * (the README's "Regional variants of a language" names these pairs).
 */
class LanguageVariantsTest {

    @Test
    void oneLanguageInOneScriptWithRegionsOrWithoutIsOneLanguagesVariants() {
        assertTrue(LanguageVariants.areVariants("en-GB", "en-US"));
        assertTrue(LanguageVariants.areVariants("en", "en-US"), "a bare code and a regional one");
        assertTrue(LanguageVariants.areVariants("pt-PT", "pt-BR"));
        assertTrue(LanguageVariants.areVariants("es-ES", "es-419"), "a region given as a number (Latin America)");
    }

    @Test
    void otherLanguagesOtherScriptsAndOneCodeTwiceAreNot() {
        assertFalse(LanguageVariants.areVariants("pl", "en"));
        assertFalse(LanguageVariants.areVariants("sr-Latn", "sr-Cyrl"), "Serbian in Latin and in Cyrillic letters");
        assertFalse(LanguageVariants.areVariants("zh-CN", "zh-TW"), "simplified and traditional characters, by CLDR's likely scripts");
        assertFalse(LanguageVariants.areVariants("en-GB", "en-GB"), "a language is no variant of itself");
    }
}
