package guide.check;

import guide.quiz.Checklist;
import guide.quiz.ChecklistItem;
import guide.quiz.ChecklistSection;
import guide.quiz.ResultBand;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readers without JavaScript are told under their total which result a ticked deciding statement puts them in, by two
 * style sheet rules per place in the table of results: a statement deciding a band at a place without both would leave
 * them untold, so it is named at its line with the rules to add.
 */
class QuizDecisionRulesTest {
    private static final Path QUIZ = Path.of("content/pl/checklista.md");

    /** The two rules of each of {@code places}, as quiz.css writes them (a shown note, and the notes after it hidden). */
    private static String rules(int... places) {
        return IntStream.of(places).mapToObj(p -> "/* place " + p + " */\n"
                + ".quiz:has([data-decides-level=\"" + p + "\"]:checked) .quiz-total-decides[data-decides-level=\"" + p + "\"] { display: block; }\n"
                + ".quiz:has([data-decides-level='" + p + "']:checked) .quiz-total-decides[data-decides-level='" + p + "'] ~ .quiz-total-decides"
                + " { display: none; }\n").collect(Collectors.joining());
    }

    /** A quiz of {@code bands} bands whose one statement decides band {@code decided} (1-based; 0: none). */
    private static Checklist quiz(int bands, int decided) {
        List<ResultBand> table = IntStream.rangeClosed(1, bands).mapToObj(i -> new ResultBand("b" + i, "Band " + i, i, i, "", 30 + i)).toList();
        List<ChecklistItem> items = List.of(new ChecklistItem("plain", "Plain", 1, null, 14),
                new ChecklistItem("threats", "Threats", 5, decided == 0 ? null : "b" + decided, 15));
        return new Checklist(QUIZ, "", List.of(new ChecklistSection("sign", "Sign", "", items, 12)), table, Checklist.HowTo.NONE);
    }

    private static List<String> problems(String css, Checklist quiz) {
        List<Problem> found = new ArrayList<>();
        QuizDecisionRules.of(List.of(new StyleSheets.Sheet(Path.of("assets/css/quiz.css"), "/css/quiz.css", css)), found).check(List.of(quiz), found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void aStatementDecidingABandPastTheRulesIsNamedAtItsLineWithTheRulesToAdd() {
        assertEquals(List.of("content/pl/checklista.md:15: statement 'threats' decides=b10, band 10 of the table of results, but readers"
                        + " without JavaScript are told under their total which band a ticked statement decides only for the bands 1 to 9"
                        + " (assets/css/quiz.css), so they would not be told this one; merge bands above it so that band 'b10' is among the"
                        + " first 9, or add .quiz:has([data-decides-level=\"10\"]:checked) .quiz-total-decides[data-decides-level=\"10\"] to the"
                        + " rule that shows the note (display: block) and .quiz:has([data-decides-level=\"10\"]:checked)"
                        + " .quiz-total-decides[data-decides-level=\"10\"] ~ .quiz-total-decides to the rule that hides the notes after it"
                        + " (display: none) in assets/css/quiz.css"),
                problems(rules(1, 2, 3, 4, 5, 6, 7, 8, 9), quiz(10, 10)));
    }

    @Test
    void theBandsCoveredAreThoseWithBothRules() {
        assertEquals(List.of(), problems(rules(1, 2, 3), quiz(3, 3)), "the last place covered");
        assertEquals(List.of(), problems(rules(1, 2, 3), quiz(3, 1)), "the first place covered");
        assertEquals(List.of(), problems(rules(1, 2, 3), quiz(12, 0)), "no deciding statement: nothing to tell");
        String onlyShown = ".quiz:has([data-decides-level=\"2\"]:checked) .quiz-total-decides[data-decides-level=\"2\"] { display: block; }\n";
        assertEquals(1, problems(rules(1) + onlyShown, quiz(3, 2)).size(), "a note shown but the ones after it not hidden");
        String onlyHiding = ".quiz:has([data-decides-level=\"2\"]:checked) .quiz-total-decides[data-decides-level=\"2\"] ~ .quiz-total-decides { display: none; }\n";
        assertEquals(1, problems(rules(1) + onlyHiding, quiz(3, 2)).size(), "the ones after it hidden but the note never shown");
    }

    @Test
    void theMessageNamesThePlacesCoveredAsTheyAre() {
        assertTrue(problems(rules(1, 2, 4), quiz(5, 5)).get(0).contains("only for the bands 1, 2, 4 (assets/css/quiz.css)"), "with a gap");
        assertTrue(problems(rules(1, 2), quiz(5, 5)).get(0).contains("only for the bands 1, 2 (assets/css/quiz.css)"), "two places");
        assertTrue(problems(rules(1, 2), quiz(5, 5)).get(0).contains("is among the first 2, or add"), "the last place covered");
        assertTrue(problems(rules(3, 4, 5, 6), quiz(7, 7)).get(0).contains("only for the bands 3 to 6 ("), "a run from 3");
        String shownOnly = ".quiz:has([data-decides-level=\"1\"]:checked) .quiz-total-decides { display: block; }\n";
        assertTrue(problems(shownOnly, quiz(2, 2)).get(0).contains("only for the bands none ("), "no place has both rules");
    }

    @Test
    void styleSheetsThatShowNoSuchNoteAreNotChecked() {
        assertEquals(List.of(), problems(".quiz { color: red; }\n/* [data-decides-level=\"1\"]:checked */\n", quiz(12, 12)));
    }

    @Test
    void aLevelThePageNeverWritesIsAnErrorAtItsLineSayingWhatToWrite() {
        String css = rules(1, 2) + "\n.quiz:has([data-decides-level=\"99999999999\"]:checked) .quiz-total-decides[data-decides-level=\"99999999999\"]"
                + " { display: block; }\n";
        assertEquals(List.of("assets/css/quiz.css:8: [data-decides-level=\"99999999999\"] matches nothing the quiz page writes, so this rule"
                        + " never applies: data-decides-level is a band's place in the table of results, which the page writes as a whole number"
                        + " from 1 to 999 without leading zeros or spaces; write [data-decides-level=\"1\"] for the first band, \"2\" for the second"),
                problems(css, quiz(2, 2)), "named once, though written twice on the line");
    }

    @Test
    void aLevelWithLeadingZerosIsNotReadAsThePlaceItLooksLike() {
        String css = rules(1, 2) + ".quiz:has([data-decides-level=03]:checked) .quiz-total-decides[data-decides-level=\"3\"] { display: block; }\n"
                + ".quiz:has([data-decides-level=\"3\"]:checked) .quiz-total-decides[data-decides-level=\"3\"] ~ .quiz-total-decides { display: none; }\n";
        List<String> found = problems(css, quiz(3, 3));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("assets/css/quiz.css:7: [data-decides-level=\"03\"] matches nothing"), found.get(0));
        assertTrue(found.get(0).endsWith("; write [data-decides-level=\"3\"]"), found.get(0));
        assertTrue(found.get(1).contains("band 3 of the table of results"), "place 3 has no rule that shows its note: " + found.get(1));
        for (String odd : List.of("\"\"", "'x'", "\"1.5\"", "\" 2\"", "\"0\"", "\"1000\"")) {
            assertEquals(1, problems(".quiz:has([data-decides-level=" + odd + "]:checked) .quiz-total-decides { display: block; }", quiz(1, 0)).size(), odd);
        }
    }

    /** A designer who writes place 2 on the ticked statement's side and 3 on the note's gets a note for band 2 that never shows. */
    @Test
    void aSelectorWhoseTickedPlaceIsNotItsNotesIsAnErrorAtTheNotesPlaceSayingWhatToWrite() {
        String css = rules(1) + ".quiz:has([data-decides-level=\"2\"]:checked)\n  .quiz-total-decides[data-decides-level=\"3\"] { display: block; }\n"
                + ".quiz:has([data-decides-level=\"2\"]:checked) .quiz-total-decides[data-decides-level=\"2\"] ~ .quiz-total-decides { display: none; }\n";
        assertEquals(List.of("assets/css/quiz.css:5: [data-decides-level=\"2\"]:checked and the note's [data-decides-level=\"3\"] are different"
                        + " places: this rule would apply to band 3's note when a statement deciding band 2 is ticked, and band 2's note would never"
                        + " show; write the same place on both sides of the selector: .quiz-total-decides[data-decides-level=\"2\"], or"
                        + " [data-decides-level=\"3\"]:checked if the rule is for band 3"),
                problems(css, quiz(2, 2)));
        String hiding = rules(1, 2) + ".quiz:has([data-decides-level='3']:checked) .quiz-total-decides[data-decides-level='3'] { display: block; }\n"
                + ".quiz:has([data-decides-level='3']:checked) .quiz-total-decides[data-decides-level='4'] ~ .quiz-total-decides { display: none; }\n";
        assertEquals(1, problems(hiding, quiz(3, 0)).size(), "in the rule that hides the notes after it, with no statement deciding band 3");
        assertTrue(problems(hiding, quiz(3, 0)).get(0).startsWith("assets/css/quiz.css:8: [data-decides-level=\"3\"]:checked and the note's"
                + " [data-decides-level=\"4\"]"), problems(hiding, quiz(3, 0)).toString());
        assertEquals(List.of(), problems(rules(1, 2, 3) + ".quiz:has([data-decides-level=\"2\"]:checked) .quiz-total-decides { color: red; }\n"
                + ".quiz-total-decides[data-decides-level=\"5\"] { color: blue; }\n", quiz(3, 2)), "a selector with one of the two places");
    }
}
