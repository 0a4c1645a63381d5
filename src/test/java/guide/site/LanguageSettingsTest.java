package guide.site;

import guide.content.Slugs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an editor sees for the language settings in jbake.properties: CLDR's defaults, and their mistakes at their line. */
class LanguageSettingsTest {
    private final List<Problem> problems = new ArrayList<>();

    private Map<String, Language> read(String settings, String... codes) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(settings));
        List<String> lines = settings.lines().toList();
        return LanguageSettings.read(properties, List.of(codes),
                key -> 1 + lines.indexOf(lines.stream().filter(l -> l.startsWith(key + "=")).findFirst().orElse("")), problems);
    }

    private void assertOneProblem(int line, String says) {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(line, problems.get(0).line());
        assertTrue(problems.get(0).message().contains(says), problems.get(0).message());
    }

    @Test
    void aLocaleCldrDoesNotKnowIsNamedAtItsLine() throws IOException {
        read("site.language.pl.locale=pl-PL\nsite.language.xx.locale=xx-YY\n", "pl", "xx");
        assertOneProblem(2, "'xx-YY' is not a locale CLDR knows");
    }

    /**
     * A code is its pages' {@code lang} and {@code hreflang} as well as their folder: {@code en_US} (Java's way of writing
     * it, once refused as a locale at a line of no setting) and {@code en-us} (once published as {@code hreflang="en-us"})
     * are refused at site.languages with the tag to write; British and American English written as tags are taken, each
     * with its own og:locale.
     */
    @Test
    void aCodeNotWrittenAsALanguageTagIsRefusedWithTheTagToWrite() throws IOException {
        read("site.languages=pl,en_US\n", "pl", "en_US");
        assertOneProblem(1, "site.languages: 'en_US' is not written as a language tag is");
        assertTrue(problems.get(0).message().contains("write 'en-US', and name its folder content/en-US/"), problems.get(0).message());
        problems.clear();
        read("site.languages=pl,en-us\n", "pl", "en-us");
        assertOneProblem(1, "site.languages: 'en-us' is not written as a language tag is");
        problems.clear();
        Map<String, Language> english = read("site.languages=pl,en-GB,en-US\n", "pl", "en-GB", "en-US");
        assertEquals(List.of(), problems);
        assertEquals(List.of("en_GB", "en_US"), List.of(english.get("en-GB").ogLocale(), english.get("en-US").ogLocale()));
    }

    @Test
    void languagesBeyondTheTwoLetterCodesAreKnown() throws IOException {
        // Filipino and Cantonese have only three-letter codes (ISO 639-2/3); CLDR knows both.
        Map<String, Language> languages = read("site.language.fil.locale=fil-PH\nsite.language.yue.locale=yue-HK\n", "fil", "yue");
        assertEquals(List.of(), problems);
        assertEquals("Filipino", languages.get("fil").englishName());
        assertEquals("Cantonese", languages.get("yue").englishName());
    }

    @Test
    void aTransformIcuDoesNotHaveIsNamedAtItsLine() throws IOException {
        Map<String, Language> languages = read("site.language.uk.transliteration=Ukrainian-Klingon\n", "uk");
        assertOneProblem(1, "'Ukrainian-Klingon' is not an ICU transform");
        assertEquals("Any-Latin", languages.get("uk").transliteration(), "the default for Cyrillic stands in");
    }

    /** A German address spells ü as ue, as German writes it without the letter: "für" made "fur" would be another word. */
    @Test
    void germanAddressesSpellUmlautsAsGermanDoes() throws IOException {
        Map<String, Language> languages = read("", "pl", "en", "de");
        assertEquals(List.of(), problems);
        assertEquals("5-anzeichen-fuer-eine-kuendigung-strasse", Slugs.of(languages.get("de").transliteration()).slugify("5 Anzeichen für eine Kündigung: Straße"));
        assertEquals("zazolc-fur", Slugs.of(languages.get("pl").transliteration()).slugify("Zażółć für"), "Polish as before");
        assertEquals("fur-uber", Slugs.of(languages.get("en").transliteration()).slugify("Für über"), "English as before");
    }

    @Test
    void scriptDecidesTheDefaultTransform() throws IOException {
        Map<String, Language> languages = read("", "pl", "uk");
        assertEquals(List.of(), problems);
        assertEquals("Latin-ASCII", languages.get("pl").transliteration());
        assertEquals("Any-Latin", languages.get("uk").transliteration());
    }

    @Test
    void anAbbreviationToKeepTogetherWithoutASpaceIsNamedAtItsLine() throws IOException {
        Map<String, Language> languages = read("site.language.pl.locale=pl-PL\nsite.language.pl.keepTogether=Dz. U., m.in.\n", "pl");
        assertOneProblem(2, "'m.in.' has no space, so there is nothing to keep on one line");
        assertEquals(List.of("Dz. U.", "m.in."), languages.get("pl").keepTogether());
    }
}
