package guide.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser tests' reader of a quiz file takes every way of writing a statement and a result the builder takes, and
 * stops at a line it cannot read: one skipped would make those tests expect a wrong total and blame the site.
 */
class ContentQuizTest {
    @TempDir
    Path dir;

    private ContentQuiz read(String body) throws Exception {
        Files.writeString(dir.resolve("quiz.md"), "title=Quiz\nstatus=published\n~~~~~~\n\n## 1. Money {#sign-money}\n\n" + body);
        return ContentQuiz.of(dir, "quiz.md");
    }

    @Test
    void statementsAndResultsWrittenAnyWayTheBuilderTakesAreRead() throws Exception {
        ContentQuiz quiz = read("""
                - [ ] Late twice. {#late points=3}
                * [ ] Threatened. {#threats decides=exit points=5}
                + [x] Haggles. { #haggles points=2 }
                -  [ ] Two spaces. {#two points=1}
                -\t[ ]No space after the box, a tab before it. {#tab points=1}

                An example in a code block is description, not a statement:

                ```
                - [ ] Example. {#example points=9}
                ```

                ## Result {#results}

                ### Calm {#calm points=0-4}
                ### Talk {#talk points=5–7}
                ###\tExit{#exit points=8-12} ###
                """);
        assertEquals(Map.of("late", 3, "threats", 5, "haggles", 2, "two", 1, "tab", 1), quiz.points());
        assertEquals(Map.of("threats", "exit"), quiz.decides());
        assertEquals(List.of("calm 0-4", "talk 5-7", "exit 8-12"),
                quiz.bands().stream().map(b -> b.id() + " " + b.min() + "-" + b.max()).toList());
        assertEquals(12, quiz.maximum());
    }

    @Test
    void aStatementItCannotReadStopsTheTestAtItsLine() {
        AssertionError error = assertThrows(AssertionError.class, () -> read("""
                - [ ] Late twice. {#late points=3}
                - [ ] Threatened, points forgotten. {#threats}

                ## Result {#results}

                ### Calm {#calm points=0-3}
                """));
        assertTrue(error.getMessage().startsWith("quiz.md:8: a statement this reader cannot read: - [ ] Threatened"), error.getMessage());
    }
}
