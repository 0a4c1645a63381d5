package guide.quiz;

import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A translator changes the words of the checklist, never its scoring: each difference names both files and what to write. */
class ChecklistComparisonTest {
    private static final String HEADER = "title=Quiz\ndate=2026-11-24\ntype=quiz\nstatus=published\ntranslationKey=q\n~~~~~~\n";
    private static final String SOURCE = """
            Intro.

            ## 1. Payments {#late-payments}

            - [ ] Two invoices late. {#invoices-late points=3}
            - [ ] An invoice 60 days overdue. {#invoice-unpaid points=4}
            - [ ] They haggle. {#haggle points=1 decides=exit}

            ## 2. Abuse {#verbal-abuse}

            - [ ] They insulted you. {#insults points=4}

            ## 3. Scope {#scope}

            - [ ] Scope creeps. {#scope-creep points=2}

            ## Results {#results}

            ### Keep {#keep points=0-3}

            Keep.

            ### Talk {#talk points=4-7}

            Talk.

            ### Exit {#exit points=8-14}

            Go.
            """;
    private static final String BANDS = """
            ## Results {#results}

            ### Keep {#keep points=0-3}

            Keep.

            ### Talk {#talk points=4-7}

            Talk.

            ### Exit {#exit points=8-14}

            Go.
            """;

    /** Parsed, with the checklist's own problems (band coverage of a shortened translation) left out. */
    private static Checklist parse(String file, String body) {
        List<Problem> own = new ArrayList<>();
        FrontMatter fm = FrontMatterParser.parse(Path.of(file), HEADER + body, own).orElseThrow();
        return ChecklistParser.parse(Path.of(file), fm, own).orElseThrow(() -> new AssertionError(own.toString()));
    }

    private static List<String> compare(String file, String body) {
        List<Problem> problems = new ArrayList<>();
        ChecklistComparison.compare(parse("content/pl/q.md", SOURCE), parse(file, body), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aFaithfulTranslationHasNoDifferences() {
        assertEquals(List.of(), compare("content/en/q.md", SOURCE.replace("They haggle.", "Targują się.")));
    }

    @Test
    void missingSectionsStatementsAndBandsSayWhereToAddThemAndWhat() {
        assertEquals(List.of(
                "content/en/a.md:10: section 'verbal-abuse' is missing (it is on line 15 in content/pl/q.md): add '## 2. Abuse {#verbal-abuse}'"
                        + " and its statements, translated",
                "content/en/a.md:9: statement 'invoice-unpaid' is missing (it is on line 12 in content/pl/q.md): add this line to section"
                        + " 'late-payments' after statement 'invoices-late', with its text translated: - [ ] An invoice 60 days overdue."
                        + " {#invoice-unpaid points=4}",
                "content/en/a.md:22: band 'exit' covers 4-10 here but 8-14 in content/pl/q.md:33",
                "content/en/a.md:22: band 'talk' is missing (it is on line 29 in content/pl/q.md): add '### Talk {#talk points=4-7}' and its"
                        + " advice, translated"), compare("content/en/a.md", """
                ## 1. Payments {#late-payments}

                - [ ] Two invoices late. {#invoices-late points=3}
                - [ ] They haggle. {#haggle points=1 decides=exit}

                ## 3. Scope {#scope}

                - [ ] Scope creeps. {#scope-creep points=2}

                ## Results {#results}

                ### Keep {#keep points=0-3}

                Keep.

                ### Exit {#exit points=4-10}

                Go.
                """));
    }

    @Test
    void aMissingFirstSectionGoesAtTheTopAndWhatTheSourceLacksIsNamed() {
        assertEquals(List.of(
                "content/en/b.md:1: section 'late-payments' is missing (it is on line 9 in content/pl/q.md): add '## 1. Payments {#late-payments}'"
                        + " and its statements, translated",
                "content/en/b.md:15: section 'extra' is not in content/pl/q.md",
                "content/en/b.md:17: statement 'extra-item' is not in content/pl/q.md",
                "content/en/b.md:33: band 'run' is not in content/pl/q.md"), compare("content/en/b.md", """
                ## 2. Abuse {#verbal-abuse}

                - [ ] They insulted you. {#insults points=4}

                ## 3. Scope {#scope}

                - [ ] Scope creeps. {#scope-creep points=2}

                ## 4. Extra {#extra}

                - [ ] Extra. {#extra-item points=1}

                """ + BANDS + """

                ### Run {#run points=15-15}

                Run.
                """));
    }

    @Test
    void aMissingStatementGoesAfterItsHeadingOrAfterTheStatementBeforeIt() {
        assertEquals(List.of(
                "content/en/c.md:7: statement 'invoices-late' is missing (it is on line 11 in content/pl/q.md): add this line to section"
                        + " 'late-payments' after its heading, with its text translated: - [ ] Two invoices late. {#invoices-late points=3}",
                "content/en/c.md:9: statement 'haggle' is missing (it is on line 13 in content/pl/q.md): add this line to section"
                        + " 'late-payments' after statement 'invoice-unpaid', with its text translated: - [ ] They haggle."
                        + " {#haggle points=1 decides=exit}"), compare("content/en/c.md", """
                ## 1. Payments {#late-payments}

                - [ ] Overdue. {#invoice-unpaid points=4}

                ## 2. Abuse {#verbal-abuse}

                - [ ] They insulted you. {#insults points=4}

                ## 3. Scope {#scope}

                - [ ] Scope creeps. {#scope-creep points=2}

                """ + BANDS));
    }

    @Test
    void onePointIsOnePoint() {
        assertEquals(List.of("content/en/d.md:13: statement 'haggle' is worth 2 points here but 1 point in content/pl/q.md:13"),
                compare("content/en/d.md", SOURCE.replace("{#haggle points=1", "{#haggle points=2")));
    }

    @Test
    void withoutSectionItemsOrBandsToFollowAMissingPieceGoesAfterTheHeadingOrAtTheTop() {
        Checklist source = parse("content/pl/q.md", SOURCE);
        ChecklistSection first = new ChecklistSection("late-payments", "1. Payments", "", List.of(), 5);
        Checklist translation = new Checklist(Path.of("content/en/e.md"), "", List.of(first), List.of(), Checklist.HowTo.NONE);
        List<Problem> problems = new ArrayList<>();
        ChecklistComparison.compare(source, translation, problems);
        List<String> messages = problems.stream().map(Problem::toString).toList();
        assertEquals("content/en/e.md:5: section 'verbal-abuse' is missing (it is on line 15 in content/pl/q.md): add '## 2. Abuse {#verbal-abuse}'"
                + " and its statements, translated", messages.get(0));
        assertEquals("content/en/e.md:1: band 'keep' is missing (it is on line 25 in content/pl/q.md): add '### Keep {#keep points=0-3}' and its"
                + " advice, translated", messages.get(5));
        assertEquals(8, messages.size(), messages::toString);
    }
    @Test
    void missingPiecesGoAfterTheirPredecessorWhereverItIs() {
        assertEquals(List.of(
                "content/en/f.md:16: section 'scope' is missing (it is on line 19 in content/pl/q.md): add '## 3. Scope {#scope}'"
                        + " and its statements, translated",
                "content/en/f.md:10: statement 'haggle' is missing (it is on line 13 in content/pl/q.md): add this line to section"
                        + " 'late-payments' after statement 'invoice-unpaid', with its text translated: - [ ] They haggle."
                        + " {#haggle points=1 decides=exit}"), compare("content/en/f.md", """
                ## 1. Payments {#late-payments}

                - [ ] Two invoices late. {#invoices-late points=3}
                - [ ] An invoice 60 days overdue. {#invoice-unpaid points=4}

                ## 2. Abuse {#verbal-abuse}

                Words.

                - [ ] They insulted you. {#insults points=4}

                """ + BANDS));
    }

    @Test
    void aDecisionThatNamesNoBandIsNotBlamedOnTheOtherLanguage() {
        String typo = SOURCE.replace("{#invoices-late points=3}", "{#invoices-late points=3 decides=exti}");
        List<Problem> problems = new ArrayList<>();
        ChecklistComparison.compare(parse("content/pl/q.md", typo), parse("content/en/q.md", SOURCE), problems);
        assertEquals(List.of(), problems.stream().map(Problem::toString).toList(), "the typo is the Polish file's own error");
        assertEquals(List.of(), compare("content/en/q.md", typo), "nor is a typo in the translation blamed on the source");
    }
}
