package guide.content;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A table glued to the text above it, which readers would see as a paragraph of pipes and dashes, stops the build at its first row. */
class BodyTablesTest {
    private static final Path FILE = Path.of("content/en/a.md");
    private static final String GLUED = ": this table is right under a line of text, so Markdown reads it as more of that paragraph and readers would"
            + " see its | and - as written: leave a blank line above the table";

    private static List<String> problems(String body) {
        List<Problem> problems = new ArrayList<>();
        String text = "title=A\ndate=2026-12-01\ntype=post\nstatus=published\ntranslationKey=a\n~~~~~~\n\n" + body;
        FrontMatter fm = FrontMatterParser.parse(FILE, text, problems).orElseThrow();
        BodyTables.check(FILE, fm, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aTableRightUnderTextIsNamedAtItsFirstRow() {
        assertEquals(List.of("content/en/a.md:11" + GLUED, "content/en/a.md:16" + GLUED), problems("""
                Intro.

                A sample week:
                | Day    | Task       | Hours |
                |:-------|:----------:|------:|
                | Monday | Wireframes |     3 |

                > Quoted:
                > Day | Hours
                > --- | ---
                > Monday | 3
                """));
    }

    @Test
    void aTableWithItsBlankLineOrInCodeIsNotNamed() {
        assertEquals(List.of(), problems("""
                A sample week:

                | Day    | Hours |
                |--------|------:|
                | Monday |     3 |

                ```
                A table in Markdown:
                | Day | Hours |
                |-----|-------|
                ```

                A line with a | pipe
                and a line of --- dashes.

                Dashes split by a pipe under a line without one
                are no table's:
                --- | ---
                | a | b |
                """));
    }
}
