package guide.content;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A code span nothing closes, which readers would see as a stray backtick, stops the build at the backtick's line. */
class BodyCodeSpansTest {
    private static final Path FILE = Path.of("content/en/a.md");

    private static List<String> problems(String body) {
        return problemsRightUnderHeader("\n" + body);
    }

    /** The problems of a page whose body starts on the line right under the header's ~~~~~~ line. */
    private static List<String> problemsRightUnderHeader(String body) {
        List<Problem> problems = new ArrayList<>();
        String text = "title=A\ndate=2026-12-01\ntype=post\nstatus=published\ntranslationKey=a\n~~~~~~\n" + body;
        FrontMatter fm = FrontMatterParser.parse(FILE, text, problems).orElseThrow();
        BodyCodeSpans.check(FILE, fm, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    private static String unclosed(int line, String seen) {
        return "content/en/a.md:" + line + ": this ` opens a code span that nothing closes, so readers would see '" + seen
                + "' with the backtick as typed: close the code with a second ` where it ends, in the same paragraph, or write \\` for a"
                + " backtick readers should see";
    }

    @Test
    void aBacktickThatOpensNoCodeSpanIsNamedAtItsLineWithWhatReadersSee() {
        assertEquals(List.of(unclosed(11, "`acme-log.md. to start"), unclosed(14, "`project log, kept in a file…"),
                unclosed(17, "``log``` twice."),
                unclosed(19, "`backtick_before_a_very_long_w…")), problems("""
                Intro.

                Keep a log of each project:
                use `acme-log.md. to start
                and add a line a day.

                The `log` of the `project log, kept in a file called log.md, in its folder,
                goes on.

                - Name it ``log``` twice.

                A `backtick_before_a_very_long_word_that_has_no_space.
                """));
    }

    @Test
    void closedSpansCodeBlocksAndEscapedBackticksAreNotNamed() {
        assertEquals(List.of(), problems("""
                Use `acme-log.md` or ``a `quoted` name`` to start,
                and type \\` for a backtick.

                ```
                echo `date
                ```

                    indented `code
                """));
    }

    @Test
    void aBacktickAtTheVeryStartOfTheTextIsNamedAndAShortLineQuotedWhole() {
        // Thirty characters from the backtick: quoted whole, with no ellipsis.
        assertEquals(List.of(unclosed(7, "`log.md is where the day goes.")), problemsRightUnderHeader("`log.md is where the day goes."));
    }
}
