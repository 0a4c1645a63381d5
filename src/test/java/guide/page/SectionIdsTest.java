package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.FrontMatter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The section ids a translation's language switch offers: only those its page's headings are sure to have. */
class SectionIdsTest {

    private static ContentDocument doc(DocumentType type, String body) {
        return new ContentDocument(Path.of("content/en/a.md"), "en", "a", type, false, "A", LocalDate.of(2026, 1, 1), "a", "x", "s",
                List.of(), new FrontMatter(Map.of("title", "A"), Map.of("title", 1), body, 3));
    }

    @Test
    void idsWrittenOnSectionHeadingsOnceEachNotInCodeNorMadeFromText() {
        String body = """
                Intro.

                ## Late payments {#late-payments}

                ### Reminders {#reminders .highlight}

                #### Third level {#deep}

                ## No id here

                ```
                ## Not a heading {#in-code}
                ```

                ##### Too deep {#too-deep}

                ## Again {#late-payments}
                """;
        assertEquals(List.of("late-payments", "reminders", "deep"), SectionIds.of(doc(DocumentType.POST, body)));
    }

    @Test
    void aQuizOffersNone() {
        assertEquals(List.of(), SectionIds.of(doc(DocumentType.QUIZ, "## Money {#money}\n")));
    }
}
