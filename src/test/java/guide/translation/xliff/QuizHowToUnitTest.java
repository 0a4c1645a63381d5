package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quiz's own instruction (a paragraph of its intro ending {@code {#how-to}}) reaches a translator as a unit of its own,
 * its text without the {@code {#how-to}}, which stays in the skeleton: the translated page keeps the mark the build reads.
 */
class QuizHowToUnitTest {
    private static final String BODY = """
            Intro.

            Tick every sign that fits this project. {#how-to}

            ## 1. Scope {#scope}

            - [ ] The brief is one line. {#short-brief points=1}

            ## Results {#results}

            ### Take it {#take points=0-1}

            Take it.
            """;

    @Test
    void theInstructionIsAUnitAndItsMarkStaysInTheSkeleton() {
        SegmentedBody segmented = MarkdownSegmenter.segment(BODY, true);
        List<String> texts = segmented.units().stream().map(unit -> unit.source().markdown()).toList();
        assertTrue(texts.contains("Tick every sign that fits this project."), texts::toString);
        assertTrue(texts.stream().noneMatch(text -> text.contains("how-to")), texts::toString);
        String translated = segmented.skeleton().fill(id -> segmented.units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow()
                .source().markdown().replace("Tick every sign that fits this project.", "Zaznacz każdy sygnał, który pasuje do tego projektu."));
        assertEquals(BODY.replace("Tick every sign that fits this project.", "Zaznacz każdy sygnał, który pasuje do tego projektu."), translated);
    }

    /** The mark written with spaces, as Markdown's attribute syntax allows: the same unit, the same mark kept in the skeleton. */
    @Test
    void theMarkWrittenWithSpacesStaysOutOfTheUnitToo() {
        String body = BODY.replace("{#how-to}", "{ #how-to }");
        SegmentedBody segmented = MarkdownSegmenter.segment(body, true);
        List<String> texts = segmented.units().stream().map(unit -> unit.source().markdown()).toList();
        assertTrue(texts.contains("Tick every sign that fits this project."), texts::toString);
        assertTrue(texts.stream().noneMatch(text -> text.contains("how-to")), texts::toString);
        assertEquals(body, segmented.skeleton().fill(id -> segmented.units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow()
                .source().markdown()));
    }
}
