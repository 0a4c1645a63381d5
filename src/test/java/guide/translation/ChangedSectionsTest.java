package guide.translation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sections of a translation are behind, from the source's changed blocks. */
class ChangedSectionsTest {
    private static final String SOURCE = """
            Wstęp.

            ## Stawka {#rate}

            Akapit o stawce.

            ## Ryczałt {#fixed}

            Akapit o ryczałcie.

            Drugi akapit o ryczałcie.
            """;
    private static final String TRANSLATION = """
            Intro.

            ## Rate {#rate}

            About the rate.

            ## *Fixed* price {#fixed}

            About the fixed price.

            A second paragraph about it.
            """;
    private static final SourceRevision STAMP = SourceRevision.of("pl", "Tytuł", SOURCE);

    private static ChangedSections after(String title, String body) {
        return ChangedSections.of(STAMP, title, body, DocumentSections.of("Title", TRANSLATION));
    }

    private static List<String> ids(ChangedSections changed) {
        return changed.sections().stream().map(DocumentSections.Section::id).toList();
    }

    @Test
    void anEditedParagraphNamesOnlyItsSection() {
        ChangedSections changed = after("Tytuł", SOURCE.replace("Drugi akapit o ryczałcie.", "Drugi akapit o ryczałcie, poprawiony."));
        assertEquals(List.of("fixed"), ids(changed));
        assertEquals("*Fixed* price", changed.sections().get(0).title(), "the translation's heading, as written");
        assertFalse(changed.elsewhere());
    }

    @Test
    void aNewParagraphAndAnEditedHeadingNameTheirSectionsInTheTranslationsOrder() {
        String body = SOURCE.replace("## Ryczałt {#fixed}", "## Ryczałt, czyli cena stała {#fixed}")
                .replace("Akapit o stawce.", "Akapit o stawce.\n\nNowy akapit o stawce.");
        assertEquals(List.of("rate", "fixed"), ids(after("Tytuł", body)));
    }

    @Test
    void changesOutsideKnownSectionsNameNoSection() {
        ChangedSections intro = after("Tytuł", SOURCE.replace("Wstęp.", "Nowy wstęp."));
        assertEquals(List.of(), ids(intro));
        assertTrue(intro.elsewhere());
        ChangedSections title = after("Nowy tytuł", SOURCE);
        assertEquals(List.of(), ids(title));
        assertTrue(title.elsewhere());
        // A section the translation does not have (a new id) is not a known section.
        ChangedSections added = after("Tytuł", SOURCE + "\n## Zaliczka {#advance}\n\nNowa sekcja.\n");
        assertEquals(List.of(), ids(added));
        assertTrue(added.elsewhere());
    }

    @Test
    void aSectionWithoutAnIdIsTheTranslationsHeadingInTheSamePlaceWhenTheHeadingsMatch() {
        String source = SOURCE + "\n## Zakończenie\n\nKoniec.\n";
        SourceRevision stamp = SourceRevision.of("pl", "Tytuł", source);
        String now = source.replace("Koniec.", "Nowy koniec.");
        ChangedSections named = ChangedSections.of(stamp, "Tytuł", now, DocumentSections.of("Title", TRANSLATION + "\n## Wrapping up\n\nThe end.\n"));
        assertEquals(List.of(""), ids(named));
        assertEquals(named.sections().get(0), DocumentSections.of("Title", TRANSLATION + "\n## Wrapping up\n\nThe end.\n").headings().get(2));
        assertFalse(named.elsewhere());
        // The translation's third heading has an id the source's has not: not the same headings, so no section is named.
        ChangedSections unpaired = ChangedSections.of(stamp, "Tytuł", now, DocumentSections.of("Title", TRANSLATION + "\n## Wrapping up {#end}\n\nThe end.\n"));
        assertEquals(List.of(), ids(unpaired));
        assertTrue(unpaired.elsewhere());
    }

    @Test
    void aFirstSectionWithoutAnIdRightAfterTheTitleIsNamedToo() {
        String source = "## Na początek\n\nPierwszy akapit.\n\n## Stawka {#rate}\n\nAkapit o stawce.\n";
        DocumentSections translation = DocumentSections.of("Title", "## To begin\n\nFirst paragraph.\n\n## Rate {#rate}\n\nAbout the rate.\n");
        ChangedSections changed = ChangedSections.of(SourceRevision.of("pl", "Tytuł", source), "Tytuł", source.replace("Pierwszy", "Nowy pierwszy"), translation);
        assertEquals(List.of(translation.headings().get(0)), changed.sections());
        // The heading itself edited: block 1, the first after the title.
        ChangedSections heading = ChangedSections.of(SourceRevision.of("pl", "Tytuł", source), "Tytuł", source.replace("Na początek", "Zacznijmy"), translation);
        assertEquals(List.of(translation.headings().get(0)), heading.sections());
        assertFalse(heading.elsewhere());
    }

    @Test
    void headingsInsideFencedCodeAreNotSections() {
        DocumentSections sections = DocumentSections.of("T", "Intro.\n\n```\n## Not a heading {#code}\n\nstill code\n```\n\n## Real {#real}\n\nText.\n");
        assertEquals(List.of("real"), sections.all().stream().map(DocumentSections.Section::id).toList());
        assertTrue(sections.sectionOf(2).isEmpty(), "the code's second block belongs to no section");
    }

    /** A block the stamp lists to review did not change in the source: readers are not told its section was updated. */
    @Test
    void aBlockLeftToReviewNamesNoSection() {
        SourceRevision listed = STAMP.withReview(List.of(STAMP.blocks().get(3), STAMP.blocks().get(1)));
        ChangedSections changed = ChangedSections.of(listed, "Tytuł", SOURCE, DocumentSections.of("Title", TRANSLATION));
        assertEquals(List.of(), ids(changed));
        assertFalse(changed.elsewhere());
    }
}
