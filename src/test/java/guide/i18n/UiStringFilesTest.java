package guide.i18n;

import com.ibm.icu.util.ULocale;
import guide.site.Language;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading the interface words' files: every gap (a plural form the language needs, a key another language has, a
 * placeholder, a word the builder reads, a broken or missing file) is a problem at its file and line.
 */
class UiStringFilesTest {
    @TempDir
    Path dir;
    private SmallProject project;
    private final List<Problem> problems = new ArrayList<>();

    @BeforeEach
    void project() {
        project = SmallProject.in(dir);
    }

    private static Language language(String code) {
        return new Language(code, new ULocale(code), "ltr", "Latin-ASCII", List.of(), List.of());
    }

    private UiStrings load(String... codes) {
        return UiStringFiles.read(dir, dir.resolve("templates/i18n"), Arrays.stream(codes).map(UiStringFilesTest::language).toList(), problems);
    }

    private List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void everyFormTheLanguageNeedsMustBeThere() throws IOException {
        project.write("templates/i18n/pl.yaml", SmallProject.PL.replace("""
                  few: "{0} punkty"
                  many: "{0} punktów"
                  other: "{0} punktu"
                """, "  other: \"{0} punktu\"\n").replace("  other: \"{0} minuty czytania\"\n", ""));
        project.write("templates/i18n/en.yaml", SmallProject.EN.replace("  other: \"{0} points\"\n", ""));
        UiStrings ui = load("pl", "en");
        assertEquals(List.of(
                "templates/i18n/pl.yaml:" + lineOf("pl.yaml", "readingTime") + ": plural string 'readingTime' lacks the 'other' form Polish needs",
                "templates/i18n/pl.yaml:" + lineOf("pl.yaml", "points") + ": plural string 'points' lacks the 'few' form Polish needs (e.g. 2, 3, 4)",
                "templates/i18n/pl.yaml:" + lineOf("pl.yaml", "points") + ": plural string 'points' lacks the 'many' form Polish needs (e.g. 0, 5, 6)",
                "templates/i18n/en.yaml:" + lineOf("en.yaml", "points") + ": plural string 'points' lacks the 'other' form English needs (e.g. 0, 2, 3)"), messages());
        assertEquals("5 punktu", ui.plural("pl", "points", 5), "a missing form falls back to 'other'");
    }

    @Test
    void aMapByLanguageNeedsEveryLanguageAndMustNotMixKinds() throws IOException {
        project.write("templates/i18n/pl.yaml", SmallProject.PL + "mixed: {one: jeden, pl: polski}\nlisted: [a, b]\nnested: {pl: {a: b}}\n"
                + "partial: {pl: po polsku}\n");
        project.write("templates/i18n/en.yaml", SmallProject.EN + "mixed: x\nlisted: x\nnested: x\npartial: {pl: in Polish, en: in English}\n");
        load("pl", "en");
        assertEquals(List.of(
                "templates/i18n/pl.yaml:" + lineOf("pl.yaml", "mixed") + ": 'mixed' mixes keys: use plural forms (zero, one, two, few, many, other) or language codes (pl, en)",
                "templates/i18n/pl.yaml:" + lineOf("pl.yaml", "listed") + ": 'listed' must be a string, a map of plural forms or a map by language",
                "templates/i18n/pl.yaml:" + lineOf("pl.yaml", "nested") + ": 'nested' must be a string, a map of plural forms or a map by language",
                "templates/i18n/pl.yaml:" + lineOf("pl.yaml", "partial") + ": 'partial' has no text for 'en' (one per language of site.languages)"), messages());
    }

    /** The language switch names the language a page is not in yet; a note without {0} could not say which. */
    @Test
    void theNoteOfAMissingTranslationMustHaveAPlaceForTheLanguage() {
        project.write("templates/i18n/en.yaml", SmallProject.EN.replace("\"This page is not available {0} yet.\"",
                "This page is not available in that language yet."));
        load("pl", "en");
        assertEquals(List.of("templates/i18n/en.yaml:5: 'translationMissing' needs {0}: where the other language's name goes,"
                + " in inLanguage's words (\"This page is not available {0} yet.\")"), messages());
    }

    /** A translation that drops or misspells a placeholder shows readers a sentence without its value, or with braces. */
    @Test
    void everyLanguageKeepsThePlaceholdersOfTheFirst() throws IOException {
        project.write("templates/i18n/en.yaml", SmallProject.EN.replace("\"Legal status: {date}.\"", "\"Legal status: {data}.\"")
                .replace("{0} pages have “{word}”:", "Some pages have “{word}”:").replace("{0} page has “{word}”:", "A page has “{word}”:"));
        load("pl", "en");
        assertEquals(List.of(
                "templates/i18n/en.yaml:" + lineOf("en.yaml", "legalStatus") + ": 'legalStatus' has no {date}, which pl.yaml's text has"
                        + " (it has {data} instead, which nothing fills in): a {name} is where the builder or a script puts a value, so keep each of pl.yaml's ({date}) in your sentence, wherever your language needs it",
                "templates/i18n/en.yaml:" + lineOf("en.yaml", "searchOnlyWord") + ": 'searchOnlyWord' has no {0}, which pl.yaml's text has:"
                        + " a {name} is where the builder or a script puts a value, so keep each of pl.yaml's ({0}, {word}) in your sentence, wherever your language needs it"),
                messages());
    }

    /** Plural forms count together: one form may say the number in words, as long as the key as a whole has it. */
    @Test
    void aPlaceholderOfAnotherLanguageIsNamedWithWhatToUse() throws IOException {
        project.write("templates/i18n/en.yaml", SmallProject.EN.replace("{0} page has “{word}”:", "One page has “{word}”:")
                .replace("\"Legal status: {date}.\"", "\"Legal status: {date} ({when}).\""));
        load("pl", "en");
        assertEquals(List.of("templates/i18n/en.yaml:" + lineOf("en.yaml", "legalStatus") + ": 'legalStatus' has {when}, which pl.yaml's text does not have:"
                + " nothing fills it in, so readers would see the braces; use the names pl.yaml uses ({date})"), messages());
    }

    /** Without JavaScript the quiz's total is drawn where {total} stands; a text without it shows a total without its number. */
    @Test
    void theQuizTotalMustHaveAPlaceForTheSum() throws IOException {
        project.write("templates/i18n/pl.yaml", SmallProject.PL + "quizTotal: \"Suma punktów: {max}\"\n");
        project.write("templates/i18n/en.yaml", SmallProject.EN + "quizTotal: \"Your total: {max}\"\n");
        load("pl", "en");
        String what = "'quizTotal' needs {total}: where the sum of the ticked points goes on a quiz read without JavaScript"
                + " (\"Your total so far: {total} of {max}\")";
        assertEquals(List.of("templates/i18n/pl.yaml:" + lineOf("pl.yaml", "quizTotal") + ": " + what,
                "templates/i18n/en.yaml:" + lineOf("en.yaml", "quizTotal") + ": " + what), messages());
    }

    private int lineOf(String file, String key) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("templates/i18n/" + file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        throw new AssertionError(key + " not in " + file);
    }

    @Test
    void aKeyOfOneLanguageMustBeInEveryOther() throws IOException {
        project.write("templates/i18n/en.yaml", SmallProject.EN + "extra: More\n");
        project.write("templates/i18n/pl.yaml", SmallProject.PL.replace("affiliateLabel: link afiliacyjny\n", ""));
        load("pl", "en");
        assertEquals(List.of(
                "templates/i18n/pl.yaml: UI string 'affiliateLabel' is missing: the builder needs it",
                "templates/i18n/pl.yaml: UI string 'affiliateLabel' is missing (defined in en.yaml line " + lineOf("en.yaml", "affiliateLabel") + "): add affiliateLabel: to this file, with its text in this file's language",
                "templates/i18n/pl.yaml: UI string 'extra' is missing (defined in en.yaml line " + lineOf("en.yaml", "extra") + "): add extra: to this file, with its text in this file's language"), messages());
    }

    @Test
    void aMissingBrokenOrShapelessFileIsNamedOnce() {
        project.write("templates/i18n/pl.yaml", "siteName: A\n\tbad: tab\n");
        project.write("templates/i18n/en.yaml", "- a list\n");
        load("pl", "en", "de");
        assertEquals(3, problems.size(), messages()::toString);
        assertTrue(messages().get(0).startsWith("templates/i18n/pl.yaml:2: YAML error: "), messages().get(0));
        assertEquals("templates/i18n/en.yaml:1: expected key: value lines", messages().get(1));
        assertEquals("templates/i18n/de.yaml: UI strings for 'de' are missing: copy another language's file and translate it", messages().get(2));
    }

    @Test
    void aWordOnlyTemplatesReadIsNotOneTheBuilderNeeds() {
        project.write("templates/i18n/pl.yaml", SmallProject.PL.replace("previousPage: Poprzednia strona\n", ""));
        load("pl", "en");
        assertEquals(List.of("templates/i18n/pl.yaml: UI string 'previousPage' is missing (defined in en.yaml line "
                + (SmallProject.EN.lines().toList().indexOf("previousPage: Previous page") + 1)
                + "): add previousPage: to this file, with its text in this file's language"), messages());
    }
}
