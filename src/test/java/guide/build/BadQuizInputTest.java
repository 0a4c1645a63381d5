package guide.build;

import guide.site.CliBuild;
import guide.site.BreakableSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each kind of bad quiz, in a copy of the test site: its statements, bands and scoring, and a translation that differs from
 * its source in what counts. {@code ./guide build} exits 1, names the file and line (both files where a translation and its
 * source disagree), and leaves the previously built site exactly as it was.
 */
class BadQuizInputTest extends BreakableSite {
    @Test
    void aQuizStatementMissingInATranslationSaysWhereAndWhatToAdd() throws IOException {
        String pl = "content/pl/test-klienta.md";
        String en = "content/en/client-quiz.md";
        edit(pl, s -> s.replace("- [ ] Klient podnosi głos. {#shouts points=4}\n",
                "- [ ] Klient podnosi głos. {#shouts points=4}\n- [ ] Klient dzwoni w nocy. {#night-calls points=2}\n"));
        edit(pl, s -> s.replace("{#exit points=8-13}", "{#exit points=8-15}"));
        edit(en, s -> s.replace("{#exit points=8-13}", "{#exit points=8-15}"));
        assertFails(en + ":" + lineOf(en, "{#shouts") + ": statement 'night-calls' is missing (it is on line " + lineOf(pl, "{#night-calls") + " in " + pl
                + "): add this line to section 'communication' after statement 'shouts', with its text translated: - [ ] Klient dzwoni w nocy. {#night-calls points=2}");
    }

    /**
     * A statement deciding the tenth band of the table of results: quiz.css names a deciding band under the no-JavaScript
     * total for the first nine places only, so readers would be told nothing.
     */
    @Test
    void aStatementDecidingABandNoStyleRuleNamesIsNamedAtItsLine() throws IOException {
        String pl = "content/pl/test-klienta.md";
        for (String file : List.of(pl, "content/en/client-quiz.md")) {
            edit(file, s -> s.replaceFirst("### [^\n]*\\{#calm points=0-3}", "### 0 {#b0 points=0-0}\n\nA.\n\n### 1 {#b1 points=1-1}\n\nA.\n\n"
                    + "### 2 {#b2 points=2-2}\n\nA.\n\n### 3 {#calm points=3-3}")
                    .replaceFirst("### ([^\n]*)\\{#talk points=4-7}", "### 4 {#b4 points=4-4}\n\nA.\n\n### 5 {#b5 points=5-5}\n\nA.\n\n"
                    + "### 6 {#b6 points=6-6}\n\nA.\n\n### $1{#talk points=7-7}")
                    .replaceFirst("### ([^\n]*)\\{#exit points=8-13}", "### 8 {#b8 points=8-8}\n\nA.\n\n### $1{#exit points=9-13}"));
        }
        assertFails(pl + ":" + lineOf(pl, "{#refuses") + ": statement 'refuses' decides=exit, band 10 of the table of results, but readers"
                + " without JavaScript are told under their total which band a ticked statement decides only for the bands 1 to 9"
                + " (assets/css/quiz.css), so they would not be told this one; merge bands above it so that band 'exit' is among the first 9, or add"
                + " .quiz:has([data-decides-level=\"10\"]:checked) .quiz-total-decides[data-decides-level=\"10\"] to the rule that shows");
    }

    @Test
    void quizTranslationThatChangesScoringNamesBothFiles() throws IOException {
        String en = "content/en/client-quiz.md";
        String pl = "content/pl/test-klienta.md";
        edit(en, s -> s.replaceFirst("\\{#shouts points=4}", "{#shouts points=1}"));
        assertFails(en + ":" + lineOf(en, "{#shouts") + ": statement 'shouts' is worth 1 point here but 4 points in " + pl + ":" + lineOf(pl, "{#shouts"));
    }

    @Test
    void quizTranslationThatChangesWhatAStatementDecidesNamesBothFiles() throws IOException {
        String en = "content/en/client-quiz.md";
        String pl = "content/pl/test-klienta.md";
        edit(en, s -> s.replaceFirst("\\{#refuses points=3 decides=exit}", "{#refuses points=3}"));
        assertFails(en + ":" + lineOf(en, "{#refuses") + ": statement 'refuses' decides nothing here but decides=exit in " + pl + ":" + lineOf(pl, "{#refuses"));
    }

    @Test
    void decidesThatNamesNoBandIsAnError() throws IOException {
        String pl = "content/pl/test-klienta.md";
        edit(pl, s -> s.replaceFirst("decides=exit", "decides=leave"));
        assertFails(pl + ":" + lineOf(pl, "{#refuses") + ": statement 'refuses' decides=leave, but there is no band 'leave' (bands: calm, talk, exit)");
    }

    @Test
    void aDecisionThatNamesNoBandIsBlamedOnItsOwnFileOnly() throws IOException {
        String pl = "content/pl/test-klienta.md";
        edit(pl, s -> s.replace("{#reminded points=2}", "{#reminded points=2 decides=exti}"));
        CliBuild result = assertFails(pl + ":" + lineOf(pl, "{#reminded") + ": statement 'reminded' decides=exti, but there is no band 'exti'");
        assertFalse(result.err().contains("content/en/client-quiz.md"), "the English quiz is right: " + result.err());
    }

    @Test
    void quizPointsOfZeroAreToldTheValuesTheStyleSheetCounts() throws IOException {
        String pl = "content/pl/test-klienta.md";
        edit(pl, s -> s.replace("{#reminded points=2}", "{#reminded points=0}"));
        assertFails(pl + ":" + lineOf(pl, "{#reminded") + ": points must be a whole number from 1 to 10 (the values assets/css/quiz.css counts"
                + " for readers without JavaScript), not '0'");
    }

    @Test
    void quizBandsThatLeaveAGapAreAnError() throws IOException {
        String pl = "content/pl/test-klienta.md";
        edit(pl, s -> s.replaceFirst("\\{#talk points=4-7}", "{#talk points=5-7}"));
        assertFails(pl + ":" + lineOf(pl, "{#talk") + ": bands leave a gap: score 4 has no band: start it at 4, write {#talk points=4-7} here and in every translation");
    }

    @Test
    void aQuizBandIdUsedTwiceIsAnError() throws IOException {
        String pl = "content/pl/test-klienta.md";
        for (String file : List.of(pl, "content/en/client-quiz.md")) {
            edit(file, s -> s.replace("{#exit points=8-13}", "{#talk points=8-13}").replace("decides=exit", "decides=talk"));
        }
        assertFails(pl + ":" + lineOf(pl, "{#talk points=8-13}") + ": duplicate id 'talk' (first used on line " + lineOf(pl, "{#talk points=4-7}") + ")"
                + ": sections, statements and bands each need an id of their own in the quiz, so give this one another id");
    }

    @Test
    void anIndentedQuizStatementIsNamedAtItsLine() throws IOException {
        String en = "content/en/client-quiz.md";
        edit(en, s -> s.replace("- [ ] The client answers after a week.", "  - [ ] The client answers after a week."));
        assertFails(en + ":" + lineOf(en, "{#slow") + ": statements start at the beginning of the line, without indentation: write it as - [ ] text {#id points=N}");
    }

    @Test
    void anAttributeABandDoesNotTakeIsAnError() throws IOException {
        String pl = "content/pl/test-klienta.md";
        edit(pl, s -> s.replace("{#exit points=8-13}", "{#exit points=8-13 decides=talk}"));
        assertFails(pl + ":" + lineOf(pl, "{#exit points") + ": unknown attribute 'decides' on a band: use {#id points=8-13}");
    }
}
