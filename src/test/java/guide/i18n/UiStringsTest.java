package guide.i18n;

import com.ibm.icu.util.ULocale;
import guide.site.Language;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
 * rules of the browser's Intl.PluralRules), words about other languages, as the builder and templates read them
 * ({@link UiStringFilesTest}: the problems of the files).
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
    void wordsAboutAnotherLanguageAreChosenByThatLanguage() {
        UiStrings ui = load("pl", "en");
        assertEquals("angielskim oryginałem", ui.about("pl", "originalIn", "en"));
        assertEquals("the Polish original", ui.about("en", "originalIn", "pl"));
        assertEquals("available in English only", ui.about("en", "onlyIn", "en"));
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
}
