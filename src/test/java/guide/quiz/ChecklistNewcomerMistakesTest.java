package guide.quiz;

import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Mistakes an editor new to the quiz format makes while writing a second quiz from the README
 * alone: each is named at its own line, with what to write instead.
 */
class ChecklistNewcomerMistakesTest {
    private static final String HEADER = "title=Quiz\ndate=2026-11-24\ntype=quiz\nstatus=published\ntranslationKey=q\n~~~~~~\n";
    private static final String VALID = """
            Intro text.

            ## 1. Budget {#budget}

            - [ ] No budget given. {#no-budget points=2}
            - [ ] Half your rate. {#half-rate points=3}

            ## 2. Scope {#scope}

            - [ ] Wants a free sample. {#free-sample points=5 decides=decline}

            ## Results {#results}

            ### Accept {#accept points=0-2}

            Go ahead.

            ### Negotiate {#negotiate points=3-5}

            Agree the scope first.

            ### Decline {#decline points=6-10}

            Say no.
            """;

    private final List<Problem> problems = new ArrayList<>();

    private Optional<Checklist> parse(String body) {
        FrontMatter fm = FrontMatterParser.parse(Path.of("q.md"), HEADER + body, problems).orElseThrow();
        return ChecklistParser.parse(Path.of("q.md"), fm, problems);
    }

    private List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void theValidQuizHasNoProblems() {
        parse(VALID).orElseThrow();
        assertEquals(List.of(), messages());
    }

    @Test
    void aStatementUnderTheResultsIsNamedAtItsLine() {
        parse(VALID.replace("Go ahead.\n", "Go ahead.\n\n- [ ] Came by referral. {#referral points=1}\n"));
        assertEquals(List.of("q.md:24: a statement in the results section, which holds only bands: move it above ## … {#results},"
                + " into the ## section of the sign it belongs to"), messages());
    }

    @Test
    void aBandWrittenAsASectionHeadingIsToldToBeAThirdLevelOne() {
        parse(VALID.replace("### Negotiate {#negotiate", "## Negotiate {#negotiate"));
        assertEquals(List.of("q.md:24: a result band is a ### heading, not ##: write ### Negotiate {#negotiate points=3-5}"), messages());
    }

    @Test
    void aBandInsideAnotherIsNotToldToStartWhereItWouldRunBackwards() {
        parse(VALID.replace("{#negotiate points=3-5}", "{#negotiate points=1-2}"));
        assertEquals(List.of("q.md:24: bands overlap: band 'negotiate' starts at 1 but scores up to 2 already have a band:"
                + " all its scores do, so give it scores above 2 or remove it",
                "q.md:28: bands leave a gap: scores 3-5 have no band: start it at 3, write {#decline points=3-10} here and in every translation"),
                messages());
    }

    @Test
    void aSignWrittenAsAThirdLevelHeadingIsNotMergedIntoTheSignAbove() {
        parse(VALID.replace("## 2. Scope {#scope}", "### 2. Scope {#scope}"));
        assertEquals(List.of("q.md:14: statements under '### 2. Scope {#scope}' would be part of section 'budget' above it:"
                + " a sign is a ## heading, write ## 2. Scope {#scope}"), messages());
    }

    @Test
    void aSubheadingInASignsTextAfterItsStatementsIsFine() {
        parse(VALID.replace("## 2. Scope {#scope}\n\n- [ ] Wants", "## 2. Scope {#scope}\n\n### Why\n\nText.\n\n- [ ] Wants")
                .replace("- [ ] Half your rate. {#half-rate points=3}\n", "- [ ] Half your rate. {#half-rate points=3}\n\n### Note\n\nMore text.\n"));
        assertEquals(List.of(), messages(), "a ### above a sign's first statement, or after its last, is a heading of its text");
    }
}
