package guide.translation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A document's known sections: its ## headings with an id, and the blocks under each; code is not a heading. */
class DocumentSectionsTest {
    private static List<String> ids(DocumentSections sections) {
        return sections.all().stream().map(DocumentSections.Section::id).toList();
    }

    @Test
    void aHeadingLineInsideCodeWithBlankLinesIsNotASection() {
        DocumentSections sections = DocumentSections.of("T", """
                Intro.

                ```markdown
                Przykład nagłówka:

                ## Not a heading {#code}

                koniec przykładu
                ```

                ## Real {#real}

                Text.
                """);
        assertEquals(List.of("real"), ids(sections));
        assertEquals(Optional.empty(), sections.sectionOf(3), "the code's heading line belongs to no section");
        assertEquals(Optional.of(new DocumentSections.Section("real", "Real", 5)), sections.sectionOf(6));
    }

    @Test
    void tildeFencesCountTooAndAClosedFenceEndsTheCode() {
        DocumentSections sections = DocumentSections.of("T", """
                ~~~
                a

                ## Inside {#inside}
                ~~~

                ## After {#after}

                Text. ``` inline ``` is no fence.

                ## Last {#last}
                """);
        assertEquals(List.of("after", "last"), ids(sections));
    }

    @Test
    void blocksOutsideTheDocumentBelongToNoSection() {
        DocumentSections sections = DocumentSections.of("T", "## Only {#only}\n\nText.\n");
        assertEquals(3, sections.blocks().size());
        assertEquals(Optional.of(new DocumentSections.Section("only", "Only", 1)), sections.sectionOf(1), "the heading is in its own section");
        assertEquals(Optional.of(new DocumentSections.Section("only", "Only", 1)), sections.sectionOf(2));
        assertEquals(Optional.empty(), sections.sectionOf(3));
        assertEquals(Optional.empty(), sections.sectionOf(-1));
        assertEquals(Optional.empty(), sections.sectionOf(0), "the title");
    }
}
