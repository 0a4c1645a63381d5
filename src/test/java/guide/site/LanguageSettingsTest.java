package guide.site;

import guide.content.Slugs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
     * it, once refused as a locale at a line of no setting) is refused at site.languages with the tag to write, and
     * {@code en--US} (an empty part) with none, as ICU would read it as a private variant.
     */
    @Test
    void aCodeThatIsNotALanguageTagIsRefusedAtItsLineWithTheTagToWrite() throws IOException {
        read("site.languages=pl,en_US\n", "pl", "en_US");
        assertOneProblem(1, "site.languages: 'en_US' is not a language tag (BCP 47: letters or digits, a hyphen between parts)");
        assertTrue(problems.get(0).message().contains("write 'en-US', and name its folder content/en-US/"), problems.get(0).message());
        problems.clear();
        read("site.languages=pl,en--US\n", "pl", "en--US");
        assertOneProblem(1, "site.languages: 'en--US' is not a language tag");
        assertTrue(problems.get(0).message().contains("write it as one (e.g. en, en-GB, pt-BR)"), problems.get(0).message());
        assertFalse(problems.get(0).message().contains("lvariant"), problems.get(0).message());
    }

    /**
     * {@code en-US} and {@code en-us} are one tag in two spellings: two folders that are one on a macOS or Windows disk, and two
     * hreflang values for one language. Both spellings are named at site.languages; a code listed twice is said so.
     */
    @Test
    void oneCodeInTwoSpellingsIsRefusedAtSiteLanguages() throws IOException {
        read("site.title=Guide\nsite.languages=pl,en-US,en-us\n", "pl", "en-US", "en-us");
        assertOneProblem(2, "site.languages: 'en-US' and 'en-us' are one language tag (tags are the same in any case)");
        problems.clear();
        read("site.languages=pl,en,pl\n", "pl", "en", "pl");
        assertOneProblem(1, "site.languages: 'pl' is listed twice: list each language once");
        problems.clear();
        read("site.languages=pl,en,pl,PL\n", "pl", "en", "pl", "PL");
        assertOneProblem(1, "site.languages: 'pl' and 'PL' are one language tag (tags are the same in any case), which would have"
                + " 2 folders whose names differ only in case");
    }

    /**
     * A site language is language[-script][-region][-variant]: a Unicode extension, private use, or a tag RFC 5646 keeps from
     * before it is refused at site.languages, saying what form a code has and, where ICU reads a language in it, the tag to write.
     */
    @Test
    void aCodeWithAnExtensionOrPrivateUseIsRefusedWithTheFormACodeHas() throws IOException {
        Map<String, String> write = new LinkedHashMap<>();
        write.put("en-US-u-ca-buddhist", "write 'en-US'");
        write.put("en-US-x-foo", "write 'en-US'");
        write.put("en-GB-oed", "write 'en-GB'");
        write.put("en-t-de", "write 'en'");
        write.put("zh-yue", "write 'yue'");
        write.put("art-lojban", "write 'jbo'");
        write.put("x-private", "write the language's tag (e.g. en, en-GB, pt-BR)");
        for (Map.Entry<String, String> code : write.entrySet()) {
            problems.clear();
            read("site.languages=pl," + code.getKey() + "\n", "pl", code.getKey());
            assertOneProblem(1, "site.languages: '" + code.getKey() + "' is not the code of a site language, which is its folder and the"
                    + " lang and hreflang of its pages: a code is a language, then its script, region and variant if it needs them (en,"
                    + " en-GB, sr-Latn, zh-Hant-TW, de-CH-1901), without extensions (-u-, -t-) or private-use parts (-x-): " + code.getValue());
        }
    }

    /** Scripts, regions of letters or digits and variants (two, in the editor's order) are all a code may have, and are taken. */
    @Test
    void aCodeWithAScriptRegionOrVariantsIsTaken() throws IOException {
        List<String> codes = List.of("sr-Latn", "es-419", "de-CH-1901", "sl-rozaj-biske", "zh-Hant-TW", "fil");
        Map<String, Language> languages = read("site.languages=" + String.join(",", codes) + "\n", codes.toArray(String[]::new));
        assertEquals(List.of(), problems);
        assertEquals(codes, List.copyOf(languages.keySet()));
    }

    /**
     * Messages name a language as its code does, so en-GB and en-US are told apart ("British English", "American English"),
     * and sr-Latn from sr-Cyrl; en is "English" whatever its locale (the real site's en has en-GB's).
     */
    @Test
    void aCodeWithARegionOrScriptIsNamedWithIt() throws IOException {
        Map<String, Language> languages = read("site.language.en.locale=en-GB\n", "pl", "en", "en-GB", "en-US", "pt-br", "sr-Latn", "sr-Cyrl", "pl-PL");
        assertEquals(List.of(), problems);
        assertEquals(List.of("Polish", "English", "British English", "American English", "Brazilian Portuguese", "Serbian (Latin)",
                "Serbian (Cyrillic)", "Polish (Poland)"), languages.values().stream().map(Language::englishName).toList());
    }

    /** Variants are named in CLDR's words, two of them as well as one, never as ICU keeps them ("BISKE_ROZAJ"). */
    @Test
    void aCodeWithVariantsIsNamedInWords() {
        assertEquals("Slovenian (Resian)", Language.englishNameOf("sl-rozaj"));
        assertEquals("Slovenian (Resian, San Giorgio/Bila dialect)", Language.englishNameOf("sl-rozaj-biske"));
        assertEquals("Swiss High German (Traditional German orthography)", Language.englishNameOf("de-CH-1901"));
    }

    /** A well-formed code CLDR has no language for, with no locale setting, is refused at its own line, not at one of no setting. */
    @Test
    void aCodeCldrHasNoLanguageForIsRefusedAtItsLine() throws IOException {
        read("site.title=Guide\nsite.languages=pl,english\n", "pl", "english");
        assertOneProblem(2, "site.languages: 'english' is not a language CLDR knows");
    }

    /**
     * Tags are case-insensitive (RFC 5646, 2.1.1), so {@code en-us}, {@code pt-br} and {@code zh-hant-tw} are taken as
     * written (their folders, addresses and hreflang as they were: renaming them would change every address), as are the
     * deprecated {@code iw} and {@code in}, which ICU reads as Hebrew and Indonesian; each has its region's og:locale.
     */
    @Test
    void aWellFormedCodeInAnyCaseOrADeprecatedOneIsTakenAsWritten() throws IOException {
        List<String> codes = List.of("pl", "en-us", "pt-br", "zh-hant-tw", "iw", "in", "en-GB");
        Map<String, Language> languages = read("site.languages=" + String.join(",", codes) + "\n", codes.toArray(String[]::new));
        assertEquals(List.of(), problems);
        assertEquals(codes, List.copyOf(languages.keySet()));
        assertEquals(List.of("en_US", "pt_BR", "zh_TW", "he_IL", "id_ID", "en_GB"),
                codes.stream().skip(1).map(code -> languages.get(code).ogLocale()).toList());
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

    /**
     * A language's settings may name its code in any case, as site.defaultLanguage may: {@code site.language.en-us.locale} is
     * the locale of the listed {@code en-US}, not a code missing from site.languages. One setting given in two spellings is
     * refused at the later line, naming the earlier.
     */
    @Test
    void aLanguagesSettingsInAnotherCaseAreTheListedLanguages() throws IOException {
        Map<String, Language> languages = read("site.languages=pl,en-US\nsite.language.en-us.locale=en-GB\nsite.language.EN-US.glueBefore=a, an\n",
                "pl", "en-US");
        assertEquals(List.of(), problems);
        assertEquals("en_GB", languages.get("en-US").ogLocale());
        assertEquals(List.of("a", "an"), languages.get("en-US").glueBefore());
        read("site.languages=pl,en-US\nsite.language.en-US.locale=en-US\nsite.language.en-us.locale=en-GB\n", "pl", "en-US");
        assertOneProblem(3, "site.language.en-us.locale: site.language.en-US.locale (line 2) sets the locale of 'en-US' too"
                + " (language tags are the same in any case): keep one");
    }

    /**
     * {@code iw} and {@code in} are Hebrew's and Indonesian's deprecated codes, which ICU reads as {@code he} and {@code id}: a
     * site listing both codes of one language would have two folders and two hreflang values for it, and is refused naming both.
     */
    @Test
    void oneLanguageUnderItsCurrentAndItsDeprecatedCodeIsRefused() throws IOException {
        read("site.title=Guide\nsite.languages=pl,he,iw\n", "pl", "he", "iw");
        assertOneProblem(2, "site.languages: 'he' and 'iw' are one language, Hebrew (ICU reads 'iw' as 'he', the code CLDR gives it now),"
                + " which would have 2 folders and 2 hreflang values: list it once, spelt as its folder is");
        problems.clear();
        read("site.languages=in,pl,ID\n", "in", "pl", "ID");
        assertOneProblem(1, "site.languages: 'in' and 'ID' are one language, Indonesian (ICU reads 'in' as 'id'");
    }

    /** {@code und} (undetermined) and ISO 639's other codes that name no language are refused, saying why. */
    @Test
    void aCodeThatNamesNoLanguageIsRefusedSayingWhy() throws IOException {
        for (String code : List.of("und", "und-PL", "zxx", "mul")) {
            problems.clear();
            read("site.languages=pl," + code + "\n", "pl", code);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).message().startsWith("site.languages: '" + code + "' stands for "), problems.get(0).message());
            assertTrue(problems.get(0).message().contains(", not a language a page's lang attribute can name: its pages would tell browsers, screen"
                    + " readers and search engines nothing about their language"), problems.get(0).message());
        }
        assertTrue(problems.get(0).message().endsWith("write the language's tag (e.g. en, en-GB, pt-BR)"), problems.get(0).message());
    }
}
