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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interface's words per language: plain strings, plural forms chosen by CLDR's rules (the
 * rules of the browser's Intl.PluralRules), words about other languages; every gap a problem.
 */
class UiStringsTest {
    private static final String UK = """
            siteName: Посібник
            tagline: Як працювати з клієнтами
            languageName: Українська
            enterSite: Читати українською
            translationMissing: "Цієї сторінки ще немає {0}."
            goToHome: Перейти на головну сторінку українською
            readingTime: {one: "{0} хвилина читання", few: "{0} хвилини читання", many: "{0} хвилин читання", other: "{0} хвилини читання"}
            wordCount: {one: "{0} слово", few: "{0} слова", many: "{0} слів", other: "{0} слова"}
            points: {one: "{0} бал", few: "{0} бали", many: "{0} балів", other: "{0} бала"}
            searchResultsCount: {one: "{0} результат", few: "{0} результати", many: "{0} результатів", other: "{0} результату"}
            searchOnlyWord: {one: "«{word}» є на {0} сторінці:", few: "«{word}» є на {0} сторінках:", many: "«{word}» є на {0} сторінках:", other: "«{word}» є на {0} сторінки:"}
            searchPhraseNone: {one: "«{phrase}» в іншому порядку: {0} сторінка", few: "«{phrase}» в іншому порядку: {0} сторінки", many: "«{phrase}» в іншому порядку: {0} сторінок", other: "«{phrase}» в іншому порядку: {0} сторінки"}
            translationOutdated: "Цей переклад може розходитися з {original}, оновленим {date}."
            translationOutdatedUndated: "Цей переклад може розходитися з {original}, який змінено вже після його перекладу."
            readOriginal: Читати оригінал
            legalStatus: "Стан законодавства на {date}."
            allArticles: Статті та тести
            allArticlesPage: "Статті та тести — сторінка {page} з {pages}"
            allArticlesSummary: Усі статті та тести, від найновіших.
            archiveRange: "Позиції {from}–{to} з {count}"
            archiveRangeOne: "Позиція {from} з {count}"
            archiveUrl: /uk/statti/
            pageNumber: "Сторінка {page}"
            previousPage: Попередня сторінка
            nextPage: Наступна сторінка
            originalIn: {uk: українським оригіналом}
            onlyIn: {uk: лише українською}
            outdatedSections: "Відтоді в оригіналі змінено:"
            sectionOutdated: "Цей розділ оновлено в {original} {date}."
            sectionOutdatedUndated: "Цей розділ змінено в {original} вже після його перекладу."
            readSectionOriginal: Читати його в оригіналі
            originalWhere: {uk: українському оригіналі}
            affiliateLabel: партнерське посилання
            footnotesTitle: Примітки
            footnoteBack: "Повернутися до знака виноски {note}"
            footnoteBackOf: "Повернутися до знака виноски {note}, {n} з {count}"
            availableIn: "доступно {0}"
            inLanguage: {uk: українською}
            searchNoResults: Нічого не знайдено.
            searchKeepTyping: Пишіть далі.
            searchNoWords: Введіть слово.
            searchBegunOnly: "— «{word}» як початок слів"
            searchCorrected: "— шукали «{word}», а не «{typed}»"
            searchPhrase: "— «{phrase}» у цьому порядку"
            searchPhraseChecked: "(перевірено {checked} з {of})"
            searchShowMore: Показати більше
            """;

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
        return UiStrings.load(dir, dir.resolve("templates/i18n"), Arrays.stream(codes).map(UiStringsTest::language).toList(), problems);
    }

    private List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void typesetStringsKeepTheirKeysLinesAndPluralRules() {
        UiStrings ui = load("pl", "en").typeset((lang, text) -> lang + ":" + text);
        assertEquals("pl:Przewodnik", ui.strings("pl").get("siteName"));
        assertEquals("en:The Guide", ui.strings("en").get("siteName"));
        assertEquals("pl:5 minut czytania", ui.plural("pl", "readingTime", 5), "plural forms too, chosen by the same rules");
        assertEquals("pl:{0} wyniki", ui.pluralForms("pl").get("searchResultsCount").get("few"));
        assertEquals("en:the Polish original", ui.about("en", "originalIn", "pl"), "words about another language too");
        assertEquals(load("pl", "en").lineOf("pl", "siteName"), ui.lineOf("pl", "siteName"));
        assertEquals(load("pl", "en").keys("en"), ui.keys("en"));
    }

    @Test
    void countedNumbersAreWrittenAsTheirLanguageWritesThem() {
        UiStrings ui = load("pl", "en");
        assertEquals("1,240 minute read", ui.plural("en", "readingTime", 1240), "English groups thousands with a comma");
        assertEquals("1240 minut czytania", ui.plural("pl", "readingTime", 1240), "Polish groups only from five digits");
        assertEquals("12\u00a0240 minut czytania", ui.plural("pl", "readingTime", 12_240), "with a space that does not break");
    }

    @Test
    void polishNumbersTakeOneFewOrManyByCldrsRules() {
        UiStrings ui = load("pl", "en");
        assertEquals(List.of(), messages());
        assertEquals("1 punkt", ui.plural("pl", "points", 1));
        assertEquals("2 punkty", ui.plural("pl", "points", 2));
        assertEquals("4 punkty", ui.plural("pl", "points", 4));
        assertEquals("5 punktów", ui.plural("pl", "points", 5));
        assertEquals("12 punktów", ui.plural("pl", "points", 12));
        assertEquals("22 punkty", ui.plural("pl", "points", 22));
        assertEquals("25 punktów", ui.plural("pl", "points", 25));
        assertEquals("0 punktów", ui.plural("pl", "points", 0));
        assertEquals("102 punkty", ui.plural("pl", "points", 102));
        assertEquals("112 punktów", ui.plural("pl", "points", 112));
        assertEquals("5 minut czytania", ui.plural("pl", "readingTime", 5));
    }

    @Test
    void englishNumbersTakeOneOrOther() {
        UiStrings ui = load("pl", "en");
        assertEquals("1 point", ui.plural("en", "points", 1));
        assertEquals("0 points", ui.plural("en", "points", 0));
        assertEquals("2 points", ui.plural("en", "points", 2));
        assertEquals("21 points", ui.plural("en", "points", 21));
    }

    @Test
    void ukrainianNumbersTakeOneFewOrMany() {
        project.write("templates/i18n/uk.yaml", UK);
        UiStrings ui = load("uk");
        assertEquals(List.of(), messages());
        assertEquals("1 бал", ui.plural("uk", "points", 1));
        assertEquals("21 бал", ui.plural("uk", "points", 21));
        assertEquals("3 бали", ui.plural("uk", "points", 3));
        assertEquals("5 балів", ui.plural("uk", "points", 5));
        assertEquals("11 балів", ui.plural("uk", "points", 11));
        assertEquals("0 балів", ui.plural("uk", "points", 0));
        assertEquals("лише українською", ui.about("uk", "onlyIn", "uk"));
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
    void wordsAboutAnotherLanguageAreChosenByThatLanguage() {
        UiStrings ui = load("pl", "en");
        assertEquals("angielskim oryginałem", ui.about("pl", "originalIn", "en"));
        assertEquals("the Polish original", ui.about("en", "originalIn", "pl"));
        assertEquals("available in English only", ui.about("en", "onlyIn", "en"));
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
    void stringsFormsKeysAndLinesForTemplatesAndChecks() {
        UiStrings ui = load("pl", "en");
        assertEquals("Polski", ui.strings("pl").get("languageName"));
        assertEquals(Map.of(), ui.strings("de"));
        assertEquals(Map.of("one", "{0} point", "other", "{0} points"), ui.pluralForms("en").get("points"));
        assertEquals(List.of("one", "few", "many", "other"), List.copyOf(ui.pluralForms("pl").get("points").keySet()));
        assertEquals(Map.of(), ui.pluralForms("de"));
        assertTrue(ui.keys("en").containsAll(List.of("siteName", "points", "onlyIn")));
        assertEquals(SmallProject.EN.lines().filter(l -> !l.startsWith(" ")).count(), ui.keys("en").size());
        assertEquals(List.of(), ui.keys("de"));
        assertEquals(3, ui.lineOf("pl", "languageName"));
        assertEquals(0, ui.lineOf("pl", "nothing"));
        assertEquals(0, ui.lineOf("de", "languageName"));
    }

    @Test
    void askingForAStringThatIsNotThereSaysWhichOne() {
        UiStrings ui = load("pl", "en");
        assertEquals("no plural string 'siteName' in pl", assertThrows(NullPointerException.class, () -> ui.plural("pl", "siteName", 1)).getMessage());
        assertEquals("no per-language string 'siteName' in en",
                assertThrows(NullPointerException.class, () -> ui.about("en", "siteName", "pl")).getMessage());
    }

    @Test
    void theBuilderReadsOnlyTheWordsItListsSoNoneItReadsIsReportedAsUnused() {
        UiStrings ui = load("pl", "en");
        assertEquals("Przewodnik", ui.text("pl", "siteName"));
        String expected = "the builder reads the UI string 'skipToContent', which is not in UiStrings.USED_BY_BUILDER: add it there";
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> ui.text("pl", "skipToContent")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ui.plural("pl", "minutesAgo", 2), "plural strings too");
        assertThrows(IllegalArgumentException.class, () -> ui.about("pl", "apples", "en"), "and words about languages");
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
