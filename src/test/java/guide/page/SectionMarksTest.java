package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.Slugs;
import guide.content.TestDocument;
import guide.quiz.Checklist;
import guide.quiz.ChecklistParser;
import guide.site.Problem;
import guide.translation.SourceRevision;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sections of an outdated translation that are behind its source, each with the id it has on the page and its heading as readers see it. */
class SectionMarksTest {
    private static final String MARKER = "This section was updated in the Polish original on 20 November 2026.";
    private static final String LINK = "Read it in the original";

    private static final String ARTICLE_PL = """
            Wstęp.

            ## Stawka {#rate}

            Akapit o stawce.

            ## Ryczałt {#fixed}

            Akapit o ryczałcie.
            """;
    private static final String ARTICLE_EN = """
            Intro.

            ## Rate {#rate}

            About the rate.

            ## *Fixed* price, `net` {#fixed}

            About the fixed price.
            """;

    private static final String QUIZ_PL = """
            Wstęp.

            ## 1. Płatności {#late-payments}

            - [ ] Dwie faktury zapłacono po terminie. {#invoices-late points=3}

            ## 2. Obelgi {#verbal-abuse}

            - [ ] Klient cię obraził. {#insults points=4}

            ## Wynik {#results}

            ### Zostań {#keep points=0-3}

            Zostań.

            ### Odejdź {#exit points=4-7}

            Odejdź.
            """;
    private static final String QUIZ_EN = """
            Intro.

            ## 1. Payments {#late-payments}

            - [ ] Two invoices were paid late. {#invoices-late points=3}

            ## 2. Abuse {#verbal-abuse}

            - [ ] They insulted you. {#insults points=4}

            ## Results {#results}

            ### Keep {#keep points=0-3}

            Keep them.

            ### Exit {#exit points=4-7}

            Plan the exit.
            """;

    /** The translation, stamped with the source as it was ({@code was}), and the source as it is now ({@code now}). */
    private static List<SectionMark> marks(DocumentType type, String was, String now, String translation, boolean quiz) {
        ContentDocument source = TestDocument.article("pl", "zrodlo").type(type).key("k").title("Tytuł").body(now).build();
        ContentDocument page = TestDocument.article("en", "source").type(type).key("k").title("Title").body(translation)
                .header(SourceRevision.KEY, SourceRevision.of("pl", "Tytuł", was).toString()).build();
        Checklist checklist = null;
        if (quiz) {
            List<Problem> problems = new ArrayList<>();
            checklist = ChecklistParser.parse(page.source(), page.frontMatter(), problems).orElseThrow();
            assertEquals(List.of(), problems);
        }
        return new SectionMarks(checklist, lang -> Slugs.DEFAULT).of(page, source, MARKER, LINK);
    }

    @Test
    void anArticlesChangedSectionIsMarkedAtItsHeadingWithItsTitleAsReadersSeeIt() {
        assertEquals(List.of(new SectionMark("fixed", "Fixed price, net", MARKER, "/pl/zrodlo/#fixed", LINK)),
                marks(DocumentType.POST, ARTICLE_PL, ARTICLE_PL.replace("Akapit o ryczałcie.", "Nowy akapit o ryczałcie."), ARTICLE_EN, false));
    }

    @Test
    void aNumberedHeadingStaysTextAndAQuizMarksItsSignsAndTheResults() {
        String now = QUIZ_PL.replace("zapłacono po terminie", "zapłacono po 30 dniach").replace("Odejdź.", "Zaplanuj odejście.");
        assertEquals(List.of(new SectionMark("sign-late-payments", "1. Payments", MARKER, "/pl/zrodlo/#sign-late-payments", LINK),
                        new SectionMark("bands", "Results", MARKER, "/pl/zrodlo/#bands", LINK)),
                marks(DocumentType.QUIZ, QUIZ_PL, now, QUIZ_EN, true));
    }

    @Test
    void aChangedSectionWithoutAnIdIsMarkedAtTheTranslationsHeadingAndLinkedToTheOriginalsByTheirOwnIds() {
        String pl = ARTICLE_PL + "\n## Zakończenie\n\nAkapit końcowy.\n\n## Autor\n\nO autorze.\n";
        String en = ARTICLE_EN + "\n## Wrapping up\n\nClosing words.\n\n## Author\n\nAbout the author.\n";
        String now = pl.replace("Akapit końcowy.", "Nowy akapit końcowy.").replace("O autorze.", "Więcej o autorze.");
        // "Author" gives way to the article's author card (#author), as on the built page.
        assertEquals(List.of(new SectionMark("wrapping-up", "Wrapping up", MARKER, "/pl/zrodlo/#zakonczenie", LINK),
                        new SectionMark("author-2", "Author", MARKER, "/pl/zrodlo/#autor", LINK)),
                marks(DocumentType.POST, pl, now, en, false));
    }

    @Test
    void aSectionWithoutAnIdIsNotNamedWhenThePagesHeadingsDiffer() {
        String pl = ARTICLE_PL + "\n## Zakończenie\n\nAkapit końcowy.\n";
        String now = pl.replace("Akapit końcowy.", "Nowy akapit końcowy.");
        // One more heading in the translation: which of its headings is "Zakończenie" is not known.
        assertEquals(List.of(), marks(DocumentType.POST, pl, now, ARTICLE_EN + "\n## Extra\n\nMore.\n\n## Wrapping up\n\nClosing.\n", false));
        // An underlined heading the Markdown's sections do not count: the page's headings are not its sections.
        assertEquals(List.of(), marks(DocumentType.POST, pl, now, ARTICLE_EN + "\nWrapping up\n-----------\n\nClosing.\n", false));
    }

    @Test
    void aTranslationWithoutAReadableStampNamesNoSection() {
        ContentDocument source = TestDocument.article("pl", "zrodlo").key("k").body(ARTICLE_PL).build();
        ContentDocument unstamped = TestDocument.article("en", "source").key("k").body(ARTICLE_EN).build();
        ContentDocument unreadable = TestDocument.article("en", "source").key("k").body(ARTICLE_EN).header(SourceRevision.KEY, "pl yesterday").build();
        assertEquals(List.of(), new SectionMarks(null, lang -> Slugs.DEFAULT).of(unstamped, source, MARKER, LINK));
        assertEquals(List.of(), new SectionMarks(null, lang -> Slugs.DEFAULT).of(unreadable, source, MARKER, LINK));
    }

    @Test
    void anUnchangedSourceMarksNothing() {
        assertEquals(List.of(), marks(DocumentType.POST, ARTICLE_PL, ARTICLE_PL, ARTICLE_EN, false));
    }
}
