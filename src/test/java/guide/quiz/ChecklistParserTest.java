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
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecklistParserTest {
    private static final String HEADER = "title=Quiz\ndate=2026-11-24\ntype=quiz\nstatus=published\ntranslationKey=q\n~~~~~~\n";
    private static final String VALID = """
            Intro text.

            ## 1. Payments {#late-payments}

            - [ ] Two invoices were paid over 30 days late. {#invoices-late points=3}
            - [ ] An invoice is 60 days overdue. {#invoice-unpaid points=4}

            ## 2. Abuse {#verbal-abuse}

            - [ ] They insulted you in writing. {#insults points=4}

            ## Results {#results}

            ### Keep {#keep points=0-3}

            Keep them; see [payments](/en/x/#late-payments).

            ### Exit {#exit points=4-11}

            Plan the exit.
            """;

    private final List<Problem> problems = new ArrayList<>();

    private Optional<Checklist> parse(String file, String body) {
        FrontMatter fm = FrontMatterParser.parse(Path.of(file), HEADER + body, problems).orElseThrow();
        return ChecklistParser.parse(Path.of(file), fm, problems);
    }

    private static List<String> statementIds(Checklist checklist) {
        return checklist.sections().stream().flatMap(s -> s.items().stream()).map(ChecklistItem::id).toList();
    }

    private List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void readsSectionsStatementsPointsAndBands() {
        Checklist checklist = parse("content/en/q.md", VALID).orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals("Intro text.", checklist.intro());
        assertEquals(List.of("late-payments", "verbal-abuse"), checklist.sections().stream().map(ChecklistSection::id).toList());
        assertEquals(11, checklist.maxPoints());
        assertEquals(List.of("invoices-late", "invoice-unpaid", "insults"), statementIds(checklist));
        ChecklistItem first = checklist.sections().get(0).items().get(0);
        assertEquals(new ChecklistItem("invoices-late", "Two invoices were paid over 30 days late.", 3, null, 11), first);
        ResultBand exit = checklist.bands().get(1);
        assertEquals(4, exit.min());
        assertEquals(11, exit.max());
        assertEquals("Plan the exit.", exit.advice());
    }

    /** A quiz on another subject writes its own instruction: a paragraph of the intro ending {#how-to}, shown apart from it. */
    @Test
    void aParagraphOfTheIntroEndingWithHowToIsTheQuizsOwnInstruction() {
        Checklist checklist = parse("content/en/q.md", VALID.replace("Intro text.\n", "Intro text.\n\nTick every sign that fits\nthis project. {#how-to}\n"))
                .orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals("Intro text.", checklist.intro());
        assertEquals(new Checklist.HowTo("Tick every sign that fits\nthis project.", 9), checklist.howTo());
        assertEquals(Checklist.HowTo.NONE, parse("content/en/r.md", VALID).orElseThrow().howTo());
    }

    @Test
    void anInstructionOutsideTheIntroOrASecondOneIsAnErrorAtItsLine() {
        parse("content/en/a.md", VALID.replace("- [ ] They insulted", "Tick what fits. {#how-to}\n\n- [ ] They insulted"));
        parse("content/en/b.md", VALID.replace("Plan the exit.", "Plan the exit.\n\nTick what fits. {#how-to}"));
        parse("content/en/c.md", VALID.replace("Intro text.\n", "One. {#how-to}\n\nTwo. {#how-to}\n"));
        assertEquals(List.of(
                "content/en/a.md:16: the quiz's own instruction (the paragraph ending {#how-to}) goes in the intro, above the first ## section,"
                        + " where the page shows it: move it there",
                "content/en/b.md:28: the quiz's own instruction (the paragraph ending {#how-to}) goes in the intro, above the first ## section,"
                        + " where the page shows it: move it there",
                "content/en/c.md:9: a second instruction ending {#how-to} (the first is on line 7): the page shows only one, so keep one and delete the other"), messages());
    }

    /**
     * Markdown's attribute syntax allows spaces inside the braces, {@code { #how-to }}, and Markdown reads it as the same mark: the
     * instruction in the intro is the quiz's own, without its mark; below the intro, the error names the mark, as for {@code {#how-to}}.
     */
    @Test
    void theMarkWrittenWithSpacesIsTheSameMark() {
        Checklist checklist = parse("content/en/q.md", VALID.replace("Intro text.\n", "Intro text.\n\nTick every sign that fits\nthis project. { #how-to }\n"))
                .orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals(new Checklist.HowTo("Tick every sign that fits\nthis project.", 9), checklist.howTo());
        parse("content/en/a.md", VALID.replace("- [ ] They insulted", "Tick what\nfits. {  #how-to }\n\n- [ ] They insulted"));
        assertEquals(List.of("content/en/a.md:17: the quiz's own instruction (the paragraph ending {#how-to}) goes in the intro, above the first ## section,"
                + " where the page shows it: move it there"), messages());
    }

    @Test
    void missingIdBadPointsAndEmptyTextAreReportedWithTheirLines() {
        parse("content/en/q.md", VALID
                .replace("{#invoices-late points=3}", "{points=3}")
                .replace("{#insults points=4}", "{#insults points=0}"));
        parse("content/pl/q.md", VALID.replace("- [ ] Two invoices were paid over 30 days late. {#invoices-late points=3}",
                "- [ ] {#invoices-late points=2.5}"));
        assertEquals(List.of(
                "content/en/q.md:11: statement needs an id of lowercase letters, digits and '-': {#some-id points=2}",
                "content/en/q.md:16: points must be a whole number from 1 to 999, not '0'",
                "content/pl/q.md:11: statement has no text",
                "content/pl/q.md:11: points must be a whole number from 1 to 999, not '2.5'"), messages());
    }

    @Test
    void aFootnoteWhoseNoteIsInAnotherPartOfTheQuizIsAnErrorAtItsReference() {
        // The note at the end of the file is the last band's: in a statement or another band the reader would see "[^n]".
        parse("content/en/q.md", VALID.replace("over 30 days late.", "over 30 days late.[^n]").replace("Keep them;", "Keep them.[^n] So;")
                + "\n[^n]: A note.\n");
        String rest = ", in another part of the quiz, which is shown on its own: the reference would show as [^n] and the note not at all;"
                + " put the note right under the reference's paragraph, or write it into the text";
        assertEquals(List.of("content/en/q.md:11: footnote [^n] on a statement or a band's heading, which is shown as one line and cannot"
                + " carry a note: write the note into the section's text or the band's advice",
                "content/en/q.md:22: footnote [^n] has its note on line 28" + rest), messages());
    }

    @Test
    void aFootnoteOnAStatementIsAnErrorWhereverItsNoteIs() {
        parse("content/en/q.md", VALID.replace("over 30 days late. {#invoices-late", "over 30 days late.[^s] {#invoices-late")
                .replace("- [ ] An invoice is 60", "[^s]: A note.\n- [ ] An invoice is 60"));
        assertEquals(List.of("content/en/q.md:11: footnote [^s] on a statement or a band's heading, which is shown as one line and cannot"
                + " carry a note: write the note into the section's text or the band's advice"), messages());
    }

    @Test
    void aFootnoteWithItsNoteInTheSamePartIsAccepted() {
        assertTrue(parse("content/en/q.md", VALID.replace("Plan the exit.", "Plan the exit.[^n]") + "\n[^n]: A note.\n").isPresent(), problems::toString);
        assertTrue(parse("content/en/q.md", VALID.replace("Intro text.", "Intro text.[^i]\n\n[^i]: An intro's note.")).isPresent());
        assertTrue(parse("content/en/q.md", VALID.replace("## 2. Abuse {#verbal-abuse}\n", "## 2. Abuse {#verbal-abuse}\n\nSee this.[^d]\n\n[^d]: A note.\n"))
                .isPresent(), problems::toString);
        // each part may use the same id with a note of its own
        assertTrue(parse("content/en/q.md", VALID.replace("## 2. Abuse {#verbal-abuse}\n", "## 2. Abuse {#verbal-abuse}\n\nSee this.[^d]\n\n[^d]: A note.\n")
                .replace("## 1. Payments {#late-payments}\n", "## 1. Payments {#late-payments}\n\nSee that.[^d]\n\n[^d]: Another note.\n")).isPresent(),
                problems::toString);
        // the same note in the first section's text is another part
        parse("content/en/q.md", VALID.replace("## 2. Abuse {#verbal-abuse}\n", "## 2. Abuse {#verbal-abuse}\n\nSee this.[^d]\n")
                .replace("## 1. Payments {#late-payments}\n", "## 1. Payments {#late-payments}\n\n[^d]: A note.\n"));
        assertEquals(1, problems.size(), problems::toString);
        problems.clear();
        assertEquals(List.of(), messages());
    }

    @Test
    void anAttributeGivenTwiceIsAnErrorAtItsLine() {
        parse("content/en/q.md", VALID.replace("{#invoices-late points=3}", "{#invoices-late points=5 points=3}")
                .replace("{#exit points=4-11}", "{#exit #leave points=4-11}"));
        assertEquals(List.of("content/en/q.md:11: 'points' given twice on a statement ('5' and '3'): keep one, as in {#id points=N},"
                        + " optionally decides=BAND",
                "content/en/q.md:24: an id given twice on a band ('exit' and 'leave'): keep one, as in {#id points=4-11}"), messages());
    }

    @Test
    void duplicateIdNamesTheFirstUse() {
        parse("content/en/q.md", VALID.replace("{#insults points=4}", "{#invoices-late points=4}"));
        assertEquals(List.of("content/en/q.md:16: duplicate id 'invoices-late' (first used on line 11): sections, statements and bands each need an id of their own in the quiz, so give this one another id"), messages());
    }

    @Test
    void aBandIdUsedTwiceNamesTheFirstUse() {
        parse("content/en/q.md", VALID.replace("{#exit points=4-11}", "{#keep points=4-11}"));
        parse("content/pl/q.md", VALID.replace("{#exit points=4-11}", "{#late-payments points=4-11}"));
        assertEquals(List.of(
                "content/en/q.md:24: duplicate id 'keep' (first used on line 20): sections, statements and bands each need an id of their own in the quiz, so give this one another id",
                "content/pl/q.md:24: duplicate id 'late-payments' (first used on line 9): sections, statements and bands each need an id of their own in the quiz, so give this one another id"), messages());
    }

    @Test
    void anIdLongerThanAShareLinkCarriesIsAnError() {
        String longId = "a".repeat(65);
        parse("content/en/a.md", VALID.replace("{#insults points=4}", "{#" + longId + " points=4}"));
        parse("content/en/b.md", VALID.replace("{#verbal-abuse}", "{#" + longId + "}").replace("{#exit points", "{#" + longId + "-exit points"));
        assertEquals(List.of(
                "content/en/a.md:16: id '" + longId + "' is 65 characters long: shorten it to at most 64 (share links leave out longer ids)",
                "content/en/b.md:14: id '" + longId + "' is 65 characters long: shorten it to at most 64 (share links leave out longer ids)",
                "content/en/b.md:24: id '" + longId + "-exit' is 70 characters long: shorten it to at most 64 (share links leave out longer ids)"),
                messages());
        problems.clear();
        Checklist longest = parse("content/en/c.md", VALID.replace("{#insults points=4}", "{#" + "a".repeat(64) + " points=4}")).orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        assertTrue(longest.item("a".repeat(64)).isPresent());
    }

    @Test
    void bandsWithAGapAnOverlapOrAShortEndAreErrors() {
        parse("content/en/gap.md", VALID.replace("{#exit points=4-11}", "{#exit points=5-11}"));
        parse("content/en/overlap.md", VALID.replace("{#exit points=4-11}", "{#exit points=3-11}"));
        parse("content/en/short.md", VALID.replace("{#exit points=4-11}", "{#exit points=4-10}"));
        parse("content/en/nozero.md", VALID.replace("{#keep points=0-3}", "{#keep points=1-3}"));
        parse("content/en/wide.md", VALID.replace("{#exit points=4-11}", "{#exit points=6-11}"));
        assertEquals(List.of(
                "content/en/gap.md:24: bands leave a gap: score 4 has no band: start it at 4, write {#exit points=4-11} here and in every translation",
                "content/en/overlap.md:24: bands overlap: band 'exit' starts at 3 but scores up to 3 already have a band: start it at 4,"
                        + " write {#exit points=4-11} here and in every translation",
                "content/en/short.md:24: bands must end at the maximum score 11 (the sum of all points), not 10: write {#exit points=4-11} here and in every translation",
                "content/en/nozero.md:20: bands leave a gap: score 0 has no band: start it at 0, write {#keep points=0-3} here and in every translation",
                "content/en/wide.md:24: bands leave a gap: scores 4-5 have no band: start it at 4, write {#exit points=4-11} here and in every translation"), messages());
    }

    @Test
    void translationsMustKeepIdsSectionsPointsAndRanges() {
        Checklist source = parse("content/pl/q.md", VALID).orElseThrow();
        Checklist changedPoints = parse("content/en/a.md", VALID
                .replace("{#invoices-late points=3}", "{#invoices-late points=2}")
                .replace("{#exit points=4-11}", "{#exit points=4-10}")).orElse(null);
        assertTrue(problems.isEmpty(), messages()::toString);
        Checklist moved = parse("content/en/b.md", """
                ## 1. Payments {#late-payments}

                - [ ] Two invoices were paid over 30 days late. {#invoices-late points=3}

                ## 2. Abuse {#verbal-abuse}

                - [ ] An invoice is 60 days overdue. {#invoice-unpaid points=4}
                - [ ] Shouting. {#shouting points=4}

                ## Results {#results}

                ### Keep {#keep points=0-3}

                Keep.

                ### Exit {#exit points=4-11}

                Go.
                """).orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        ChecklistComparison.compare(source, changedPoints, problems);
        ChecklistComparison.compare(source, moved, problems);
        assertEquals(List.of(
                "content/en/a.md:11: statement 'invoices-late' is worth 2 points here but 3 points in content/pl/q.md:11",
                "content/en/a.md:24: band 'exit' covers 4-10 here but 4-11 in content/pl/q.md:24",
                "content/en/b.md:13: statement 'invoice-unpaid' is in section 'verbal-abuse' here but in 'late-payments' in content/pl/q.md:12",
                "content/en/b.md:14: statement 'shouting' is not in content/pl/q.md",
                "content/en/b.md:11: statement 'insults' is missing (it is on line 16 in content/pl/q.md): add this line to section 'verbal-abuse'"
                        + " after its heading, with its text translated: - [ ] They insulted you in writing. {#insults points=4}"), messages());
    }

    @Test
    void decidesNamesTheBandATickPutsTheResultInAtLeast() {
        Checklist checklist = parse("content/en/q.md", VALID.replace("{#insults points=4}", "{#insults points=4 decides=exit}")).orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals("exit", checklist.item("insults").orElseThrow().decides());
        assertEquals(null, checklist.item("invoices-late").orElseThrow().decides());
    }

    @Test
    void decidesMustNameABandOfTheChecklistAndUnknownAttributesAreErrors() {
        parse("content/en/q.md", VALID.replace("{#insults points=4}", "{#insults points=4 decides=exitt}"));
        parse("content/pl/q.md", VALID.replace("{#insults points=4}", "{#insults points=4 decide=exit}"));
        assertEquals(List.of(
                "content/en/q.md:16: statement 'insults' decides=exitt, but there is no band 'exitt' (bands: keep, exit)",
                "content/pl/q.md:16: unknown attribute 'decide' on a statement: use {#id points=N}, optionally decides=BAND"), messages());
    }

    @Test
    void bandsTakeOnlyAnIdAndPointsAndAWordWithoutEqualsIsAnError() {
        parse("content/en/a.md", VALID.replace("{#exit points=4-11}", "{#exit points=4-11 decides=keep}"));
        parse("content/en/b.md", VALID.replace("{#insults points=4}", "{#insults points=4 exit}"));
        parse("content/en/c.md", VALID.replace("{#keep points=0-3}", "{#keep points=0-3 final}"));
        assertEquals(List.of(
                "content/en/a.md:24: unknown attribute 'decides' on a band: use {#id points=4-11}",
                "content/en/b.md:16: 'exit' on a statement is neither #id nor name=value: use {#id points=N}, optionally decides=BAND",
                "content/en/c.md:20: 'final' on a band is neither #id nor name=value: use {#id points=0-3}"), messages());
    }

    @Test
    void aTranslationMustKeepWhatEachStatementDecides() {
        Checklist source = parse("content/pl/q.md", VALID.replace("{#insults points=4}", "{#insults points=4 decides=exit}")).orElseThrow();
        Checklist dropped = parse("content/en/a.md", VALID).orElseThrow();
        Checklist changed = parse("content/en/b.md", VALID.replace("{#insults points=4}", "{#insults points=4 decides=keep}")
                .replace("{#invoices-late points=3}", "{#invoices-late points=3 decides=exit}")).orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        ChecklistComparison.compare(source, dropped, problems);
        ChecklistComparison.compare(source, changed, problems);
        assertEquals(List.of(
                "content/en/a.md:16: statement 'insults' decides nothing here but decides=exit in content/pl/q.md:16",
                "content/en/b.md:11: statement 'invoices-late' decides=exit here but decides nothing in content/pl/q.md:11",
                "content/en/b.md:16: statement 'insults' decides=keep here but decides=exit in content/pl/q.md:16"), messages());
    }
    @Test
    void aSectionsDescriptionAndABandsAdviceAreKeptAndBandsMayComeInAnyOrder() {
        Checklist checklist = parse("content/en/q.md", VALID
                .replace("## 2. Abuse {#verbal-abuse}\n", "## 2. Abuse   {#verbal-abuse}  \n\nHow they speak to you.\nIn writing too.\n")
                .replace("Plan the exit.", "Plan the exit.\n\nThen [leave](/en/y/).")
                .replace("{#keep points=0-3}", "{#keep points=0–3}")).orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        ChecklistSection abuse = checklist.sections().get(1);
        assertEquals("2. Abuse", abuse.title());
        assertEquals("How they speak to you.\nIn writing too.", abuse.description());
        assertEquals("", checklist.sections().get(0).description());
        assertEquals("Plan the exit.\n\nThen [leave](/en/y/).", checklist.bands().get(1).advice());
        assertEquals(3, checklist.bands().get(0).max(), "an en dash between the numbers is a range too");

        problems.clear();
        String exitFirst = VALID.substring(0, VALID.indexOf("### Keep")) + "### Exit {#exit points=4-11}\n\nGo.\n\n### Keep {#keep points=0-3}\n\nStay.\n";
        assertEquals(List.of("exit", "keep"), parse("content/en/q.md", exitFirst).orElseThrow().bands().stream().map(ResultBand::id).toList());
        assertTrue(problems.isEmpty(), messages()::toString);
    }

    @Test
    void statementsMayBeTickedOrStarredAndDescriptionsMayHoldSubheadings() {
        Checklist checklist = parse("content/en/q.md", VALID
                .replace("- [ ] Two invoices", "* [x] Two invoices")
                .replace("- [ ] An invoice", "+ [ ] An invoice")
                .replace("- [ ] They insulted", "### Words\n\n- [X] They insulted")).orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals(List.of("invoices-late", "invoice-unpaid", "insults"), statementIds(checklist));
        assertEquals("### Words", checklist.sections().get(1).description());
    }

    @Test
    void aStatementBeforeTheFirstSectionOrWithoutAttributesIsAnError() {
        parse("content/en/a.md", "- [ ] Early. {#early points=1}\n" + VALID);
        parse("content/en/b.md", VALID.replace(" {#insults points=4}", ""));
        assertEquals(List.of(
                "content/en/a.md:7: statement before the first section: put it under a ## heading",
                "content/en/b.md:16: statement needs an id and points at the end: {#some-id points=2}"), messages());
    }

    @Test
    void anIndentedStatementIsAnErrorAtItsLine() {
        parse("content/en/a.md", VALID.replace("- [ ] An invoice", "  - [ ] An invoice"));
        parse("content/en/b.md", VALID.replace("- [ ] They insulted", "\t* [x] They insulted"));
        parse("content/en/c.md", VALID.replace("## 2. Abuse {#verbal-abuse}\n", "## 2. Abuse {#verbal-abuse}\n\n- [ ] Shouting. {#shouting points=1}\n    - [ ] Nested."));
        assertEquals(List.of(
                "content/en/a.md:12: statements start at the beginning of the line, without indentation: write it as - [ ] text {#id points=N}",
                "content/en/b.md:16: statements start at the beginning of the line, without indentation: write it as - [ ] text {#id points=N}",
                "content/en/c.md:17: statements start at the beginning of the line, without indentation: write it as - [ ] text {#id points=N}"), messages());
    }

    /** Statements are bullets with a box at the line's start: "[]" (Markdown's text) and numbered items are named at their line. */
    @Test
    void anEmptyBoxOrANumberedStatementIsNamedAtItsLine() {
        parse("content/en/b.md", VALID.replace("- [ ] An invoice", "- [] An invoice"));
        parse("content/en/c.md", VALID.replace("- [ ] They insulted", "1. [ ] They insulted"));
        assertEquals(List.of(
                "content/en/b.md:12: a statement is a bullet with a box, [ ] with a space inside: write it as - [ ] text {#id points=N}",
                "content/en/c.md:16: a statement is a bullet with a box, [ ] with a space inside: write it as - [ ] text {#id points=N}"), messages());
    }

    @Test
    void sectionsNeedAnIdAndStatements() {
        parse("content/en/a.md", VALID.replace("## 1. Payments {#late-payments}", "## 1. Payments"));
        parse("content/en/b.md", VALID.replace("{#late-payments}", "{#Late}"));
        parse("content/en/c.md", VALID.replace("## Results {#results}", "## 3. Empty {#empty}\n\nJust text.\n\n## Results {#results}"));
        parse("content/en/d.md", VALID.replace("{#verbal-abuse}", "{#invoices-late}"));
        assertEquals(List.of(
                "content/en/a.md:9: section heading needs an id of lowercase letters, digits and '-': ## 1. Payments {#id}",
                "content/en/b.md:9: section heading needs an id of lowercase letters, digits and '-': ## 1. Payments {#id}",
                "content/en/c.md:18: section 'empty' has no statements (- [ ] text {#id points=N})",
                "content/en/d.md:14: duplicate id 'invoices-late' (first used on line 11): sections, statements and bands each need an id of their own in the quiz, so give this one another id"), messages());
    }

    @Test
    void theResultsSectionHoldsBandsOnly() {
        parse("content/en/q.md", VALID.replace("## Results {#results}\n", "## Results {#results}\n\nSome text.\n"));
        assertEquals(List.of("content/en/q.md:20: the results section holds only bands: ### Title {#id points=0-3} followed by advice"), messages());
    }

    @Test
    void bandsNeedAnIdARangeThatRunsForwardAndAdvice() {
        parse("content/en/a.md", VALID.replace("### Keep {#keep points=0-3}", "### Keep {points=0-3}"));
        parse("content/en/b.md", VALID.replace("### Keep {#keep points=0-3}", "### Keep"));
        parse("content/en/c.md", VALID.replace("{#keep points=0-3}", "{#keep}"));
        parse("content/en/d.md", VALID.replace("{#exit points=4-11}", "{#exit points=11-4}"));
        parse("content/en/e.md", VALID.replace("\nPlan the exit.\n", ""));
        assertEquals(List.of(
                "content/en/a.md:20: band needs an id: ### Keep {#id points=0-3}",
                "content/en/b.md:20: band needs an id: ### Keep {#id points=0-3}",
                "content/en/b.md:20: band needs a score range: {#id points=0-3}",
                "content/en/c.md:20: band needs a score range: {#keep points=0-3}",
                "content/en/d.md:24: band 'exit' range 11-4 runs backwards: write {#exit points=4-11}",
                "content/en/e.md:24: band 'exit' has no advice text"), messages());
    }

    @Test
    void bandMessagesGiveExamplesFromTheQuizsOwnPoints() {
        // 11 points in all, 16 with a fourth statement: the range to write is the gap the band stands in, up to that total
        parse("content/en/a.md", VALID.replace("{#exit points=4-11}", "{#exit}"));
        parse("content/en/b.md", VALID.replace("- [ ] They insulted you in writing. {#insults points=4}",
                "- [ ] They insulted you in writing. {#insults points=4}\n- [ ] They threatened you. {#threats points=5}")
                .replace("{#exit points=4-11}", "{#exit pts=4-16}"));
        parse("content/en/c.md", VALID.replace("{#keep points=0-3}", "{keep points=0-3}"));
        assertEquals(List.of(
                "content/en/a.md:24: band needs a score range: {#exit points=4-11}",
                "content/en/b.md:25: unknown attribute 'pts' on a band: use {#id points=4-16}",
                "content/en/b.md:25: band needs a score range: {#exit points=4-16}",
                "content/en/c.md:20: 'keep' on a band is neither #id nor name=value: use {#id points=0-3}",
                "content/en/c.md:20: band needs an id: ### Keep {#id points=0-3}"), messages());
    }

    @Test
    void aChecklistNeedsSectionsAndBands() {
        assertTrue(parse("content/en/a.md", "Only an intro.\n").isEmpty());
        parse("content/en/b.md", VALID.substring(0, VALID.indexOf("## Results")));
        assertEquals(List.of(
                "content/en/a.md:7: the checklist has no sections: ## Title {#id} with - [ ] statements",
                "content/en/a.md:7: the checklist has no result bands: ## Title {#results}, then ### Band {#id points=0-N}, the bands together"
                        + " covering every score from 0 to N, the sum of all points",
                "content/en/b.md:7: the checklist has no result bands: ## Title {#results}, then ### Band {#id points=0-11}, the bands together"
                        + " covering every score from 0 to 11 (the sum of all points)"), messages());
    }

    @Test
    void pointsAreAPositiveWholeNumberAndDecidesNamesABandId() {
        parse("content/en/a.md", VALID.replace("{#insults points=4}", "{#insults points=1000}"));
        parse("content/en/b.md", VALID.replace("{#insults points=4}", "{#insults points=04}"));
        parse("content/en/c.md", VALID.replace("{#insults points=4}", "{#insults points=4 decides=Exit!}"));
        parse("content/en/d.md", VALID.replace("{#insults points=4}", "{#insults}"));
        assertEquals(List.of(
                "content/en/a.md:16: points must be a whole number from 1 to 999, not '1000'",
                "content/en/b.md:16: points must be a whole number from 1 to 999, not '04'",
                "content/en/c.md:16: decides= needs the id of a band, e.g. decides=exit, not 'Exit!'",
                "content/en/d.md:16: statement has no points: write how many points ticking it adds to the score, as in {#insults points=2}"),
                messages());
        problems.clear();
        Checklist big = parse("content/en/e.md", VALID.replace("{#insults points=4}", "{#insults points=10}")
                .replace("{#exit points=4-11}", "{#exit points=4-17}")).orElseThrow();
        assertEquals(17, big.maxPoints());
        assertTrue(problems.isEmpty(), messages()::toString);
    }

    @Test
    void itemsAndTheirSectionsAreFoundById() {
        Checklist checklist = parse("content/en/q.md", VALID).orElseThrow();
        assertEquals("verbal-abuse", checklist.sectionOf("insults").orElseThrow().id());
        assertTrue(checklist.sectionOf("nothing").isEmpty());
        assertTrue(checklist.item("nothing").isEmpty());
        assertEquals(7, checklist.sections().get(0).maxPoints());
        assertTrue(checklist.item("insults").orElseThrow().decidesBand().isEmpty());
    }
    @Test
    void theResultsMayComeFirstAndEachSectionKeepsItsOwnDescription() {
        String results = VALID.substring(VALID.indexOf("## Results"));
        String sections = VALID.substring(VALID.indexOf("## 1. Payments"), VALID.indexOf("## Results"))
                .replace("## 1. Payments {#late-payments}\n", "## 1. Payments {#late-payments}\n\nAbout money.\n");
        Checklist checklist = parse("content/en/q.md", results + "\n" + sections).orElseThrow();
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals(List.of("late-payments", "verbal-abuse"), checklist.sections().stream().map(ChecklistSection::id).toList());
        assertEquals("About money.", checklist.sections().get(0).description());
        assertEquals("", checklist.sections().get(1).description(), "a description belongs to its own section only");
        assertEquals(List.of("keep", "exit"), checklist.bands().stream().map(ResultBand::id).toList());
    }

    /** A {@code ## } or {@code ### } line in a fenced code block is code, as Markdown shows it, not the end of the band's advice. */
    @Test
    void aCodeBlockInABandsAdviceKeepsItsHeadingLikeLines() {
        String code = "Write to them:\n\n```\n## x\n### y {#y points=0-11}\n```\n\n~~~markdown\n## Dear client {#dear}\n~~~\n\nThen wait.";
        Checklist checklist = parse("content/en/q.md", VALID.replace("Plan the exit.", code)).orElseThrow(() -> new AssertionError(problems));
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals(List.of("keep", "exit"), checklist.bands().stream().map(ResultBand::id).toList());
        assertEquals(List.of("late-payments", "verbal-abuse"), checklist.sections().stream().map(ChecklistSection::id).toList());
        assertEquals(code, checklist.bands().get(1).advice());
        assertEquals(ChecklistLines.Role.ADVICE, ChecklistParser.lines(VALID.replace("Plan the exit.", code)).at(22).role(), "## x is advice");
    }

    /** Lines in an HTML block (a comment, a div) are raw HTML to Markdown: neither sections nor statements, wherever they are. */
    @Test
    void anHtmlBlockHoldsNeitherSectionsNorStatements() {
        String comment = "<!--\n## 3. Old {#old}\n\n- [ ] An old statement. {#old-one points=9}\n-->\n\n";
        String div = "<div class=\"note\">\n- [ ] Not a statement, and not an error.\n  - [] Nor this.\n</div>\n\n";
        Checklist checklist = parse("content/en/q.md", VALID.replace("## Results {#results}", comment + "## Results {#results}")
                .replace("## 1. Payments {#late-payments}\n", "## 1. Payments {#late-payments}\n\n" + div)
                .replace("Plan the exit.", "Plan the exit.\n\n" + comment)).orElseThrow(() -> new AssertionError(problems));
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals(11, checklist.maxPoints());
        assertEquals(List.of("invoices-late", "invoice-unpaid", "insults"), statementIds(checklist));
        assertEquals(div.strip(), checklist.sections().get(0).description());
        assertEquals(comment.strip(), checklist.sections().get(1).description().strip());
        assertEquals("Plan the exit.\n\n" + comment.strip(), checklist.bands().get(1).advice());
    }

    /** An HTML block's last line is HTML too: a statement commented out on the line that closes the comment is no statement. */
    @Test
    void theLineThatClosesAnHtmlBlockIsPartOfIt() {
        String comment = "<!-- Dropped for now:\n- [ ] An old statement. {#old-one points=9} -->\n\n";
        Checklist checklist = parse("content/en/q.md", VALID.replace("## Results {#results}", comment + "## Results {#results}"))
                .orElseThrow(() -> new AssertionError(problems));
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals(11, checklist.maxPoints());
        assertEquals(List.of("invoices-late", "invoice-unpaid", "insults"), statementIds(checklist));
    }

    /** "[^n]" in a code block is shown as it is, as Markdown shows it: no reference, whatever part holds a note [^n]. */
    @Test
    void aFootnoteInACodeBlockIsNoReference() {
        assertTrue(parse("content/en/q.md", VALID.replace("Intro text.", "Intro text.[^n]\n\n[^n]: A note.")
                .replace("Plan the exit.", "Plan the exit. Write a footnote so:\n\n```\nAs agreed.[^n]\n```")).isPresent(), problems::toString);
        assertEquals(List.of(), messages());
    }

    /** Markdown reads "##", a tab and a title as a heading, and closing #s as no part of it: so does the quiz. */
    @Test
    void aHeadingAfterATabOrWithClosingHashesIsASection() {
        Checklist checklist = parse("content/en/q.md", VALID.replace("## 2. Abuse {#verbal-abuse}", "##\t2. Abuse {#verbal-abuse}")
                .replace("## Results {#results}", "## Results {#results} ##").replace("### Exit {#exit points=4-11}", "###\tExit {#exit points=4-11} ###"))
                .orElseThrow(() -> new AssertionError(problems));
        assertTrue(problems.isEmpty(), messages()::toString);
        assertEquals(List.of("late-payments", "verbal-abuse"), checklist.sections().stream().map(ChecklistSection::id).toList());
        assertEquals("2. Abuse", checklist.sections().get(1).title());
        assertEquals(List.of(4), checklist.sections().get(1).items().stream().map(ChecklistItem::points).toList());
        assertEquals("Exit", checklist.bands().get(1).title());
        assertEquals("Keep them; see [payments](/en/x/#late-payments).", checklist.bands().get(0).advice());
        problems.clear();
        parse("content/en/a.md", VALID.replace("## 2. Abuse {#verbal-abuse}", "##\t2. Abuse"));
        assertEquals(List.of("content/en/a.md:14: section heading needs an id of lowercase letters, digits and '-': ## 2. Abuse {#id}"), messages());
    }

    /** What each line is, as a translation tool reads it (line 0 being the body's first): roles and ids as the build reads them. */
    @Test
    void eachLineSaysWhatItIsToTheQuiz() {
        ChecklistLines lines = ChecklistParser.lines(VALID);
        List<String> read = new ArrayList<>();
        for (int line = 0; line < 20; line++) {
            ChecklistLines.Line at = lines.at(line);
            read.add(at.role() + (at.id().isEmpty() ? "" : " " + at.id()));
        }
        assertEquals(List.of("TEXT", "TEXT", "SECTION late-payments", "TEXT", "STATEMENT invoices-late", "STATEMENT invoice-unpaid", "TEXT",
                "SECTION verbal-abuse", "TEXT", "STATEMENT insults", "TEXT", "SECTION results", "TEXT", "BAND keep", "ADVICE keep", "ADVICE keep",
                "ADVICE keep", "BAND exit", "ADVICE exit", "ADVICE exit"), read, "a band's advice runs to the next band, blank lines included");
        assertEquals(ChecklistLines.Role.STATEMENT, ChecklistParser.lines("## A {#a}\n\n- [ ] No id here.\n").at(2).role(),
                "a statement the build refuses is still a statement");
    }

    /** A body's lines are the build's ({@code TextLines}): with Windows or old Mac line ends each line is what it is with Unix ones. */
    @Test
    void eachLineIsTheSameWhateverItsLineEnds() {
        ChecklistLines unix = ChecklistParser.lines(VALID);
        for (String end : List.of("\r\n", "\r")) {
            ChecklistLines other = ChecklistParser.lines(VALID.replace("\n", end));
            for (int line = 0; line < 21; line++) {
                assertEquals(unix.at(line), other.at(line), "line " + line + " with " + end.replace("\r", "CR").replace("\n", "LF"));
            }
        }
    }
}
