package guide.translation;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A translation whose heading lost the {@code {#id}} its source gives that section is warned of at the heading, with
 * the id to write; one that keeps every id, or a draft, is not.
 */
class DroppedSectionIdsTest {
    private static final String SOURCE_BODY = """
            Klient nie zapłacił w terminie.

            ## Kiedy wysłać przypomnienie {#when}

            Nie czekaj tygodniami.

            ```
            ## Nie nagłówek {#code}
            ```

            ## Co napisać {#what-to-write}

            Podaj numer faktury.
            """;

    private static List<String> warnings(TestDocument translation) {
        return warnings(SOURCE_BODY, translation);
    }

    private static List<String> warnings(String sourceBody, TestDocument translation) {
        translation.key("reminder").header(SourceRevision.KEY, "pl 0123456789ab to=en");
        List<ContentDocument> documents = List.of(
                TestDocument.article("pl", "przypomnienie").key("reminder").body(sourceBody).build(), translation.build());
        return DroppedSectionIds.of(TranslationReport.of(List.of("pl", "en"), "pl", documents, false), new DroppedSectionIds.Memo()).stream()
                .map(Problem::toString).toList();
    }

    @Test
    void aHeadingRetypedWithoutItsIdIsWarnedOfAtItsLineWithTheIdToWrite() {
        // TestDocument writes eight header lines and the separator: the body starts at line 10.
        assertEquals(List.of("content/en/reminder.md:12: warning: the heading 'When to send a reminder' has no {#when}, the id its source"
                        + " (content/pl/przypomnienie.md:11, 'Kiedy wysłać przypomnienie') gives this section, so that links to #when and the"
                        + " language switch reach it: write it at the end of this heading, after a space"),
                warnings(TestDocument.article("en", "reminder").body("""
                        A client hasn't paid on time.

                        ## When to send a reminder

                        Don't wait for weeks.

                        ## What to write {#what-to-write}

                        Give the invoice number.
                        """)));
    }

    @Test
    void anIdMissingWhereTheHeadingsDoNotPairUpIsWarnedOfAtTheTextsFirstLine() {
        assertEquals(List.of("content/en/reminder.md:10: warning: no heading has {#what-to-write}, the id its source"
                        + " (content/pl/przypomnienie.md:19, 'Co napisać') gives this section, so that links to #what-to-write and the"
                        + " language switch reach it: write it at the end of the heading that translates that one, after a space"),
                warnings(TestDocument.article("en", "reminder").body("""
                        A client hasn't paid on time.

                        ## When to send a reminder {id=when}

                        ### Don't wait

                        ## What to write {#what}
                        """)));
    }

    @Test
    void aTranslationWhoseEveryHeadingCarriesAnIdOfItsOwnIsLeftAlone() {
        assertEquals(List.of(), warnings(TestDocument.article("en", "reminder").body("""
                ## Before the reminder {#before}

                ## What to write {#what}
                """)), "an adapted page whose translator chose its sections' ids");
    }

    @Test
    void aTranslationThatKeepsEveryIdADraftAndAQuizAreLeftAlone() {
        String kept = """
                ## When to send a reminder { #when }

                ```
                ## Not a heading
                ```

                ### What to write {#what-to-write}
                """;
        assertEquals(List.of(), warnings(TestDocument.article("en", "reminder").body(kept)));
        assertEquals(List.of(), warnings(TestDocument.article("en", "reminder").draft().body("## When to send a reminder")));
        assertEquals(List.of(), warnings(TestDocument.article("en", "reminder").type(DocumentType.QUIZ).body("## When")));
    }

    /**
     * The preview keeps one memo for its whole run: a translation saved without an id it kept before is warned of at the next
     * build, and saved with it again is left alone, though its source is the very document the memo read before.
     */
    @Test
    void aTranslationEditedBetweenBuildsIsJudgedByItsNewText() {
        DroppedSectionIds.Memo memo = new DroppedSectionIds.Memo();
        ContentDocument source = TestDocument.article("pl", "przypomnienie").key("reminder").body(SOURCE_BODY).build();
        String kept = "## When to send a reminder {#when}\n\n## What to write {#what-to-write}\n";
        String dropped = "## When to send a reminder\n\n## What to write {#what-to-write}\n";
        List<Integer> counts = new java.util.ArrayList<>();
        for (String body : List.of(kept, dropped, kept)) {
            ContentDocument translation = TestDocument.article("en", "reminder").key("reminder")
                    .header(SourceRevision.KEY, "pl 0123456789ab to=en").body(body).build();
            counts.add(DroppedSectionIds.of(TranslationReport.of(List.of("pl", "en"), "pl", List.of(source, translation), false), memo).size());
        }
        assertEquals(List.of(0, 1, 0), counts, "warnings at each of three builds sharing one memo");
    }

    /** A fence of tildes holding a line of backticks is still code: the {@code #} lines after it are no headings on the page. */
    @Test
    void hashLinesInsideAFenceAreNoHeadingsWhateverTheFenceHolds() {
        String source = """
                ## Kiedy wysłać przypomnienie {#when}

                ~~~
                ```
                # not a heading {#title}
                ## Nie nagłówek {#code}
                ~~~
                """;
        assertEquals(List.of(), warnings(source, TestDocument.article("en", "reminder").body("""
                ## When to send a reminder {#when}

                ~~~
                ```
                # not a heading
                ## Not a heading
                ~~~
                """)));
    }

    /** An underlined heading is a section of the page as a {@code ##} one is, and its {@code {#id}} its address. */
    @Test
    void anUnderlinedHeadingsIdCountsAsAHashHeadingsDoes() {
        String source = """
                Wstęp.

                Kiedy wysłać
                przypomnienie {#when}
                ---------------------

                Nie czekaj.
                """;
        assertEquals(List.of("content/en/reminder.md:12: warning: the heading 'When to send a reminder' has no {#when}, the id its source"
                        + " (content/pl/przypomnienie.md:11, 'Kiedy wysłać przypomnienie') gives this section, so that links to #when and the"
                        + " language switch reach it: write it at the end of this heading, after a space"),
                warnings(source, TestDocument.article("en", "reminder").body("""
                        Introduction.

                        When to send a reminder
                        -----------------------

                        Don't wait.
                        """)));
    }

    /** A heading in a list item or indented by up to three spaces is a heading of the page; one indented four is code. */
    @Test
    void aHeadingInAListIsAHeadingAndAnIndentedCodeLineIsNot() {
        String source = """
                - ## Krok pierwszy {#first-step}

                Przykład:

                    ## Kod {#code}
                """;
        assertEquals(List.of("content/en/reminder.md:10: warning: the heading 'First step' has no {#first-step}, the id its source"
                        + " (content/pl/przypomnienie.md:9, 'Krok pierwszy') gives this section, so that links to #first-step and the"
                        + " language switch reach it: write it at the end of this heading, after a space"),
                warnings(source, TestDocument.article("en", "reminder").body("""
                        - ## First step

                        An example:

                            ## Code
                        """)));
    }

    /**
     * A heading written in HTML is a section as a {@code ##} one is ({@code <h2 id="when">}'s id is its address, as the language
     * switch reads it): its dropped id is warned of, said as it is written; an id kept on one is kept.
     */
    @Test
    void aHeadingWrittenInHtmlKeepsOrDropsItsIdAsAHashHeadingDoes() {
        String source = """
                <h2 id="when">Kiedy wysłać</h2>

                ## Co napisać {#what}
                """;
        assertEquals(List.of("content/en/reminder.md:10: warning: the heading 'When to send' has no id=\"when\", the id its source"
                        + " (content/pl/przypomnienie.md:9, 'Kiedy wysłać') gives this section, so that links to #when and the"
                        + " language switch reach it: write id=\"when\" in its <h2> tag"),
                warnings(source, TestDocument.article("en", "reminder").body("""
                        <h2>When to send</h2>

                        ## What to write {#what}
                        """)));
        assertEquals(List.of("content/en/reminder.md:12: warning: the heading 'What to write' has no {#what}, the id its source"
                        + " (content/pl/przypomnienie.md:11, 'Co napisać') gives this section, so that links to #what and the"
                        + " language switch reach it: write it at the end of this heading, after a space"),
                warnings("## Kiedy wysłać {#when}\n\n## Co napisać {#what}\n", TestDocument.article("en", "reminder").body("""
                        <h2 id="when">When to send</h2>

                        ## What to write
                        """)), "the id kept in HTML is kept");
    }
}
