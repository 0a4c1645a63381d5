package guide.site;

import guide.content.Authors;
import guide.i18n.UiStrings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny project in a temporary folder for unit tests: {@code jbake.properties} (Polish and English,
 * {@code https://example.org}), one author, and the interface strings the builder needs in both
 * languages. Tests add or replace files; nothing is built or rendered.
 */
public final class SmallProject {
    public static final String BASE_URL = "https://example.org";
    public static final String PROPERTIES = """
            site.languages=pl,en
            site.defaultLanguage=pl
            site.language.pl.locale=pl-PL
            site.language.en.locale=en-GB
            site.host=https://example.org
            """;
    public static final String AUTHORS = """
            redakcja:
              name:
                pl: Redakcja
                en: The editors
              schemaType: Organization
              role: {pl: Zespół, en: Team}
              bio: {pl: Piszemy przewodnik., en: We write the guide.}
            """;
    public static final String PL = """
            siteName: Przewodnik
            tagline: Jak pracować z klientami
            languageName: Polski
            enterSite: Czytaj po polsku
            translationMissing: "Tej strony nie ma jeszcze {0}."
            goToHome: Przejdź na stronę główną po polsku
            readingTime:
              one: "{0} minuta czytania"
              few: "{0} minuty czytania"
              many: "{0} minut czytania"
              other: "{0} minuty czytania"
            wordCount: {one: "{0} słowo", few: "{0} słowa", many: "{0} słów", other: "{0} słowa"}
            points:
              one: "{0} punkt"
              few: "{0} punkty"
              many: "{0} punktów"
              other: "{0} punktu"
            searchResultsCount:
              one: "{0} wynik"
              few: "{0} wyniki"
              many: "{0} wyników"
              other: "{0} wyniku"
            translationOutdated: "To tłumaczenie może nie nadążać za {original}, zaktualizowanym {date}."
            readOriginal: Przeczytaj oryginał
            legalStatus: "Stan prawny na {date} r."
            allArticles: Artykuły i testy
            allArticlesPage: "Artykuły i testy – strona {page} z {pages}"
            allArticlesSummary: Wszystkie artykuły i testy, od najnowszych.
            archiveRange: "Pozycje {from}–{to} z {count}"
            archiveRangeOne: "Pozycja {from} z {count}"
            archiveUrl: /pl/artykuly/
            pageNumber: "Strona {page}"
            previousPage: Poprzednia strona
            nextPage: Następna strona
            originalIn:
              pl: polskim oryginałem
              en: angielskim oryginałem
            onlyIn:
              pl: tylko po polsku
              en: tylko po angielsku
            availableIn: "{0}"
            inLanguage:
              pl: po polsku
              en: po angielsku
            outdatedSections: "Od czasu tłumaczenia zmieniono tam:"
            sectionOutdated: "Tę sekcję zmieniono w {original} {date}."
            readSectionOriginal: Przeczytaj ją w oryginale
            originalWhere:
              pl: polskim oryginale
              en: angielskim oryginale
            affiliateLabel: link afiliacyjny
            footnotesTitle: Przypisy
            footnoteBack: "Wróć do odsyłacza {note}"
            footnoteBackOf: "Wróć do odsyłacza {note}, {n} z {count}"
            searchOnlyWord: {one: "„{word}” jest na {0} stronie:", few: "„{word}” jest na {0} stronach:", many: "„{word}” jest na {0} stronach:", other: "„{word}” jest na {0} strony:"}
            searchPhraseNone: {one: "„{phrase}” w innej kolejności: {0} strona", few: "„{phrase}” w innej kolejności: {0} strony", many: "„{phrase}” w innej kolejności: {0} stron", other: "„{phrase}” w innej kolejności: {0} strony"}
            translationOutdatedUndated: "To tłumaczenie może nie nadążać za {original}, który zmieniono już po jego przetłumaczeniu."
            sectionOutdatedUndated: "Tę sekcję zmieniono w {original} już po jej przetłumaczeniu."
            searchNoResults: Brak wyników.
            searchKeepTyping: Pisz dalej.
            searchNoWords: Wpisz słowo.
            searchBegunOnly: "– „{word}” jako początek słów"
            searchCorrected: "– szukano „{word}”, nie „{typed}”"
            searchPhrase: "– „{phrase}” w tej kolejności"
            searchPhraseChecked: "(sprawdzono {checked} z {of})"
            searchShowMore: Pokaż więcej
            """;
    public static final String EN = """
            siteName: The Guide
            tagline: How to work with clients
            languageName: English
            enterSite: Read in English
            translationMissing: "This page is not available {0} yet."
            goToHome: Go to the English home page
            readingTime:
              one: "{0} minute read"
              other: "{0} minute read"
            wordCount: {one: "{0} word", other: "{0} words"}
            points:
              one: "{0} point"
              other: "{0} points"
            searchResultsCount:
              one: "{0} result"
              other: "{0} results"
            translationOutdated: "This translation may be behind {original}, updated on {date}."
            readOriginal: Read the original
            legalStatus: "Legal status: {date}."
            allArticles: Articles and quizzes
            allArticlesPage: "Articles and quizzes – page {page} of {pages}"
            allArticlesSummary: Every article and quiz, newest first.
            archiveRange: "Items {from}–{to} of {count}"
            archiveRangeOne: "Item {from} of {count}"
            archiveUrl: /en/articles/
            pageNumber: "Page {page}"
            previousPage: Previous page
            nextPage: Next page
            originalIn:
              pl: the Polish original
              en: the English original
            onlyIn:
              pl: available in Polish only
              en: available in English only
            availableIn: "available {0}"
            inLanguage:
              pl: in Polish
              en: in English
            outdatedSections: "Changed there since this translation:"
            sectionOutdated: "This section was updated in {original} on {date}."
            readSectionOriginal: Read it in the original
            originalWhere:
              pl: the Polish original
              en: the English original
            affiliateLabel: affiliate link
            footnotesTitle: Notes
            footnoteBack: "Back to reference {note}"
            footnoteBackOf: "Back to reference {note}, {n} of {count}"
            searchOnlyWord: {one: "{0} page has “{word}”:", other: "{0} pages have “{word}”:"}
            searchPhraseNone: {one: "“{phrase}” in another order: {0} page", other: "“{phrase}” in another order: {0} pages"}
            translationOutdatedUndated: "This translation may be behind {original}, which has changed since it was translated."
            sectionOutdatedUndated: "This section has changed in {original} since it was translated."
            searchNoResults: No results.
            searchKeepTyping: Keep typing.
            searchNoWords: Type a word.
            searchBegunOnly: "– “{word}” as the start of words"
            searchCorrected: "– searched for “{word}”, not “{typed}”"
            searchPhrase: "– “{phrase}” in that order"
            searchPhraseChecked: "({checked} of {of} checked)"
            searchShowMore: Show more
            """;

    private final Path dir;

    private SmallProject(Path dir) {
        this.dir = dir;
    }

    /** The project with its default files, in {@code dir}. */
    public static SmallProject in(Path dir) {
        return new SmallProject(dir).write("jbake.properties", PROPERTIES).write("content/authors.yaml", AUTHORS)
                .write("templates/i18n/pl.yaml", PL).write("templates/i18n/en.yaml", EN);
    }

    public Path dir() {
        return dir;
    }

    /** Writes (or replaces) a file of the project, as UTF-8. */
    public SmallProject write(String file, String text) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds lines to {@code jbake.properties}; a key set again wins, as in Properties. */
    public SmallProject properties(String lines) {
        try {
            Files.writeString(dir.resolve("jbake.properties"), Files.readString(dir.resolve("jbake.properties")) + lines, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SiteConfig config() {
        try {
            return SiteConfig.load(dir);
        } catch (BuildFailure e) {
            throw new AssertionError("the small project's settings must load: " + e.problems());
        }
    }

    /** The authors; a problem in the file fails the test. */
    public Authors authors() {
        List<Problem> problems = new ArrayList<>();
        SiteConfig config = config();
        Authors authors = Authors.load(dir, config.contentDir(), config.languages(), problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
        return authors;
    }

    /** The interface strings; a problem in them fails the test. */
    public UiStrings ui() {
        List<Problem> problems = new ArrayList<>();
        SiteConfig config = config();
        UiStrings ui = UiStrings.load(dir, config.templateDir().resolve("i18n"), config.languages().stream().map(config::language).toList(), problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
        return ui;
    }
}
