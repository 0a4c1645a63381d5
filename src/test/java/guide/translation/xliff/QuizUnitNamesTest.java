package guide.translation.xliff;

import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.quiz.Checklist;
import guide.quiz.ChecklistItem;
import guide.quiz.ChecklistParser;
import guide.quiz.ChecklistSection;
import guide.quiz.ResultBand;
import guide.site.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translator's units of a quiz are named after what the build shows: every section, statement
 * and band the quiz parser reads is a unit of that kind, at its line, named by its id; every
 * paragraph of a band's advice is named after its band; and nothing else is named so. Each quiz
 * below is one the build accepts, written the ways an editor may write it, including Markdown
 * that a Markdown reader sees differently from the quiz's own lines (a heading in a quote or
 * under a paragraph in a band's advice).
 */
class QuizUnitNamesTest {
    private static final String HEADER = "title=Quiz\ndate=2026-11-24\ntype=quiz\nstatus=published\ntranslationKey=q\n~~~~~~\n";
    private static final Path FILE = Path.of("content/en/q.md");

    /** A quiz with every bullet and box. */
    private static final String EVERY_BULLET_AND_BOX = """
            Intro with a [link](/en/x/).

            ## 1. Payments {#payments}

            What this sign is about, with a list:

            - one thing
            - another

            - [ ] Pays **late**. {#late points=1}
            * [x] Pays [half](/en/x/#half). {#half points=2}
            + [X] Pays nothing. {#nothing points=3 decides=exit}

            ## 2. Talk {#talk-sign}
            A description right under the heading.
            - [ ] Shouts. {#shouts points=2}

            ## Results {#results}

            ### Keep {#keep points=0-3}

            Keep them.

            #### What to do

            - talk
            - write it down

            And a second paragraph.

            ### Exit {#exit points=4-8}

            Plan the exit.[^1]

            [^1]: A footnote at the end.
            """;

    /** A quiz with a quoted heading in a band's advice. */
    private static final String QUOTED_HEADING_IN_ADVICE = """
            ## Payments {#payments}

            - [ ] Pays late. {#late points=1}

            ## Results {#results}

            ### Keep {#keep points=0-0}

            > ## Note
            >
            > A quoted heading.

            Advice after the quote.

            ### Exit {#exit points=1-1}

            > ### Careful

            Plan the exit.
            """;

    /** A quiz with a paragraph underlined by a rule in a band's advice. */
    private static final String UNDERLINED_PARAGRAPH_IN_ADVICE = """
            ## Payments {#payments}

            Some text underlined
            ---

            - [ ] Pays late. {#late points=1}

            ## Results {#results}

            ### Keep {#keep points=0-0}

            Keep them, but:
            ---

            More advice.

            ### Exit {#exit points=1-1}

            Plan the exit.
            """;

    /** A quiz with an indented heading in a band's advice. */
    private static final String INDENTED_HEADING_IN_ADVICE = """
            ## Payments {#payments}

            - [ ] Pays late. {#late points=1}

            ## Results {#results}

            ### Keep {#keep points=0-0}

             ### Not a band

            Keep them.

            ### Exit {#exit points=1-1}

            Plan the exit.
            """;

    /** A quiz with a box without a space after it. */
    private static final String BOX_WITHOUT_SPACE = """
            ## Payments {#payments}

            - [ ]Pays late. {#late points=1}
            - [x]Pays never. {#never points=2}

            ## Results {#results}

            ### Keep {#keep points=0-0}

            Keep them.

            ### Exit {#exit points=1-3}

            Plan the exit.
            """;

    static Stream<Arguments> quizzes() {
        return Stream.of(
                Arguments.of("every bullet and box", EVERY_BULLET_AND_BOX),
                Arguments.of("a quoted heading in a band's advice", QUOTED_HEADING_IN_ADVICE),
                Arguments.of("a paragraph underlined by a rule in a band's advice", UNDERLINED_PARAGRAPH_IN_ADVICE),
                Arguments.of("an indented heading in a band's advice", INDENTED_HEADING_IN_ADVICE),
                Arguments.of("a box without a space after it", BOX_WITHOUT_SPACE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quizzes")
    void unitsAreNamedAsTheBuildReadsTheQuiz(String what, String body) {
        List<Problem> problems = new ArrayList<>();
        FrontMatter frontMatter = FrontMatterParser.parse(FILE, HEADER + body, problems).orElseThrow();
        Checklist checklist = ChecklistParser.parse(FILE, frontMatter, problems).orElseThrow(() -> new AssertionError(problems));
        assertEquals(List.of(), problems, "the build accepts the quiz");

        SegmentedBody segmented = MarkdownSegmenter.segment(frontMatter.body(), true);

        assertEquals(asTheBuildReadsIt(checklist, segmented, frontMatter.bodyStartLine()), named(segmented, frontMatter.bodyStartLine()));
    }

    @Test
    void aQuizTheBuildRefusesIsStillNamedAsItsLinesRead() {
        String body = """
                ## Payments {#payments}

                - [ ] Pays late. {#late points=1}
                - [ ] Pays late again. {#late points=2}
                - [ ] Pays never.

                ## Results {#results}

                ### Keep {#keep points=0-1}

                Keep them.
                """;
        List<Problem> problems = new ArrayList<>();
        FrontMatter frontMatter = FrontMatterParser.parse(FILE, HEADER + body, problems).orElseThrow();
        assertTrue(ChecklistParser.parse(FILE, frontMatter, problems).isEmpty(), "a duplicate id, a statement without one, bands short of 3");

        SegmentedBody segmented = MarkdownSegmenter.segment(frontMatter.body(), true);

        assertEquals(List.of("SECTION_TITLE payments", "STATEMENT late", "STATEMENT late", "STATEMENT ", "SECTION_TITLE results", "BAND_TITLE keep",
                "BAND_ADVICE keep"), segmented.units().stream().map(u -> u.kind() + " " + u.name()).toList(), "mid-edit, a translator still sees what is what");
    }

    /** "line KIND name" of every section title, statement, band title and band advice, in order, as the build reads them. */
    private static List<String> asTheBuildReadsIt(Checklist checklist, SegmentedBody segmented, int firstLine) {
        List<String> lines = new ArrayList<>();
        for (ChecklistSection section : checklist.sections()) {
            lines.add(section.line() + " SECTION_TITLE " + section.id());
            for (ChecklistItem item : section.items()) {
                lines.add(item.line() + " STATEMENT " + item.id());
            }
        }
        for (ResultBand band : checklist.bands()) {
            lines.add(band.line() + " BAND_TITLE " + band.id());
            for (int i = 0; i < segmented.units().size(); i++) {
                Unit unit = segmented.units().get(i);
                boolean paragraph = unit.kind() == UnitKind.PARAGRAPH || unit.kind() == UnitKind.BAND_ADVICE;
                if (paragraph && band.advice().contains(unit.source().markdown())) {
                    lines.add(lineOf(segmented, i, firstLine) + " BAND_ADVICE " + band.id());
                }
            }
        }
        return lines.stream().sorted(QuizUnitNamesTest::byLine).toList();
    }

    /** "line KIND name" of every unit the export names as part of the quiz (the results heading aside: the build shows it as a heading). */
    private static List<String> named(SegmentedBody segmented, int firstLine) {
        List<UnitKind> quiz = List.of(UnitKind.SECTION_TITLE, UnitKind.STATEMENT, UnitKind.BAND_TITLE, UnitKind.BAND_ADVICE);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < segmented.units().size(); i++) {
            Unit unit = segmented.units().get(i);
            boolean results = unit.kind() == UnitKind.SECTION_TITLE && unit.name().equals(ChecklistParser.RESULTS_ID);
            if (quiz.contains(unit.kind()) && !results) {
                lines.add(lineOf(segmented, i, firstLine) + " " + unit.kind() + " " + unit.name());
            }
        }
        return lines;
    }

    private static int lineOf(SegmentedBody segmented, int unit, int firstLine) {
        String before = segmented.body().substring(0, segmented.ranges().get(unit).start());
        return firstLine + (int) before.chars().filter(c -> c == '\n').count();
    }

    private static int byLine(String a, String b) {
        return Integer.compare(Integer.parseInt(a.split(" ")[0]), Integer.parseInt(b.split(" ")[0]));
    }
}
