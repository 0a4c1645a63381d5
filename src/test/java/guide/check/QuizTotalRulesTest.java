package guide.check;

import com.ibm.icu.util.ULocale;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.quiz.Checklist;
import guide.quiz.ChecklistItem;
import guide.quiz.ChecklistSection;
import guide.quiz.Checklists;
import guide.translation.TranslationIndex;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Readers without JavaScript see a total the style sheet adds up, one counter rule per point value: a statement worth a
 * value no rule counts would add 0 there, and a rule that adds another value than its own gives a wrong total.
 */
class QuizTotalRulesTest {
    private static final Path QUIZ = Path.of("content/pl/checklista.md");

    private static String rules(int... values) {
        return Arrays.stream(values).mapToObj(v -> ".quiz-item input[data-points=\"" + v + "\"]:checked { counter-increment: quiz-total " + v + "; }")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Checklist quiz(int... points) {
        List<ChecklistItem> items = IntStream.range(0, points.length)
                .mapToObj(i -> new ChecklistItem("s" + i, "Statement " + i, points[i], null, 14 + i)).toList();
        return new Checklist(QUIZ, "", List.of(new ChecklistSection("sign", "Sign", "", items, 12)), List.of(), Checklist.HowTo.NONE);
    }

    private static List<String> problems(String css, Checklist... quizzes) {
        List<Problem> found = new ArrayList<>();
        Map<ContentDocument, Checklist> byPage = new LinkedHashMap<>();
        for (Checklist quiz : quizzes) {
            byPage.put(TestDocument.article("pl", "checklista" + byPage.size()).type(DocumentType.QUIZ).build(), quiz);
        }
        QuizTotalRules.of(List.of(new StyleSheets.Sheet(Path.of("assets/css/quiz.css"), "/css/quiz.css", css)), found)
                .check(byPage, ULocale::forLanguageTag, found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void aStatementWorthAValueNoRuleCountsIsNamedWithTheRuleToAdd() {
        assertEquals(List.of("content/pl/checklista.md:16: a statement worth 12 points: readers without JavaScript get their total from"
                        + " assets/css/quiz.css, which counts only statements worth 1 to 10 points, so their total would leave this one out; use one of"
                        + " those values (and adjust the bands to match), or add .quiz-item input[data-points=\"12\"]:checked"
                        + " { counter-increment: quiz-total 12; } to assets/css/quiz.css"),
                problems(rules(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), quiz(3, 10, 12, 1)));
    }

    @Test
    void theValuesAllowedAreTheRulesTheDesignerWrote() {
        assertEquals(List.of(), problems(rules(2, 5, 20), quiz(20, 5, 2)), "a rule for 20 allows 20");
        assertEquals(List.of("content/pl/checklista.md:14: a statement worth 3 points: readers without JavaScript get their total from"
                        + " assets/css/quiz.css, which counts only statements worth 2, 5 or 20 points, so their total would leave this one out; use one of"
                        + " those values (and adjust the bands to match), or add .quiz-item input[data-points=\"3\"]:checked"
                        + " { counter-increment: quiz-total 3; } to assets/css/quiz.css"),
                problems(rules(2, 5, 20), quiz(3)));
        assertEquals("content/pl/checklista.md:14: a statement worth 3 points: readers without JavaScript get their total from"
                + " assets/css/quiz.css, which counts only statements worth 4 or 5 points", problems(rules(4, 5), quiz(3)).get(0).split(", so")[0]);
    }

    /** Points the quiz parser cannot take at all ("0", "2.5") are told the values the rules count, as a value without a rule is. */
    @Test
    void pointsThatAreNoWholeNumberFromOneAreToldTheValuesTheRulesCount() {
        assertEquals(List.of("content/pl/checklista.md:11: points must be a whole number from 1 to 10 (the values assets/css/quiz.css counts for"
                + " readers without JavaScript), not '0'"), parsed(rules(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), "0"));
        assertEquals(List.of("content/pl/checklista.md:11: points must be one of 2, 5 or 20 (the values assets/css/quiz.css counts for readers"
                + " without JavaScript), not '2.5'"), parsed(rules(2, 5, 20), "2.5"));
        assertEquals(List.of("content/pl/checklista.md:11: points must be 4 or 5 (the values assets/css/quiz.css counts for readers"
                + " without JavaScript), not '0'"), parsed(rules(4, 5), "0"), "two values: not \"one of 4 or 5\"");
        assertEquals(List.of("content/pl/checklista.md:11: points must be 5 (the only value assets/css/quiz.css counts for readers"
                + " without JavaScript), not '0'"), parsed(rules(5), "0"), "one value: not \"the values\"");
        assertEquals(List.of("content/pl/checklista.md:11: points must be a whole number from 1 to 999, not '0'"),
                parsed(".quiz { color: red; }\n", "0"), "style sheets that count no total leave the parser's own range");
    }

    /** The problems of a one-statement quiz worth {@code points}, read as the build reads it with {@code css} as its style sheet. */
    private static List<String> parsed(String css, String points) {
        List<Problem> found = new ArrayList<>();
        QuizTotalRules rules = QuizTotalRules.of(List.of(new StyleSheets.Sheet(Path.of("assets/css/quiz.css"), "/css/quiz.css", css)), found);
        ContentDocument quiz = TestDocument.article("pl", "checklista").type(DocumentType.QUIZ).key("q").body("## Sign {#sign}\n\n- [ ] Late. {#late points="
                + points + "}\n\n## Results {#results}\n\n### Keep {#keep points=0-1}\n\nKeep.\n").build();
        rules.check(Checklists.read(List.of(quiz), new TranslationIndex(List.of("pl"), List.of(quiz)), "pl", rules.allowed(), found),
                ULocale::forLanguageTag, found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void aRuleThatAddsAnotherValueThanItsOwnIsNamedAtItsLine() {
        String css = "/* totals */\n.quiz { counter-reset: quiz-total; }\n\n"
                + "  input[data-points='3']:checked {\n    counter-increment: quiz-total 4;\n  }\n";
        assertEquals(List.of("assets/css/quiz.css:4: the rule for statements worth 3 points adds 4 to the quiz's total:"
                + " make it counter-increment: quiz-total 3"), problems(css, quiz(3)));
    }

    /** A rule in a comment counts nothing; a project whose style sheets add up no total is not held to any value. */
    @Test
    void commentedRulesCountNothingAndASiteWithoutATotalIsNotChecked() {
        assertEquals(List.of(), problems(".quiz { color: red; }\n", quiz(40)));
        String commented = rules(1) + "/* " + rules(2).strip() + " */\n";
        assertEquals(1, problems(commented, quiz(2)).size(), problems(commented, quiz(2)).toString());
    }

    @Test
    void pointsThePageNeverWritesAreAnErrorAtTheirLineSayingWhatToWrite() {
        String css = rules(1, 2) + ".quiz-item input[data-points=\"99999999999\"]:checked { counter-increment: quiz-total 99999999999; }\n"
                + ".quiz-item input[data-points='05']:checked { counter-increment: quiz-total 5; }\n";
        assertEquals(List.of("assets/css/quiz.css:3: [data-points=\"99999999999\"] matches nothing the quiz page writes, so this rule never"
                        + " applies: data-points is a statement's points, which the page writes as a whole number from 1"
                        + " to 999 without leading zeros or spaces; write [data-points=\"3\"] for statements worth 3 points",
                "assets/css/quiz.css:4: [data-points=\"05\"] matches nothing the quiz page writes, so this rule never applies: data-points is"
                        + " a statement's points, which the page writes as a whole number from 1 to 999 without leading"
                        + " zeros or spaces; write [data-points=\"5\"]",
                "content/pl/checklista.md:15: a statement worth 5 points: readers without JavaScript get their total from assets/css/quiz.css,"
                        + " which counts only statements worth 1 or 2 points, so their total would leave this one out; use one of those values (and"
                        + " adjust the bands to match), or add .quiz-item input[data-points=\"5\"]:checked { counter-increment: quiz-total 5; } to"
                        + " assets/css/quiz.css"),
                problems(css, quiz(1, 5)));
    }

    @Test
    void aTotalShownWithoutARuleThatAddsToItIsNamedAtTheCounter() {
        assertEquals(List.of("assets/css/quiz.css:3: counter(quiz-total) shows the quiz's total to readers without JavaScript, but no rule"
                        + " adds a ticked statement's points to it, so it always shows 0: add one rule per point value,"
                        + " .quiz-item input[data-points=\"1\"]:checked { counter-increment: quiz-total 1; } and so on up to 10, or remove the"
                        + " total from templates/quiz.ftl"),
                problems(".quiz { counter-reset: quiz-total; }\n.quiz-total-score::before {\n  content: counter(quiz-total);\n}\n", quiz(3)));
        assertEquals(List.of(), problems(rules(3) + ".quiz-total-score::before { content: counter(quiz-total); }\n", quiz(3)));
    }

    @Test
    void aTotalShownAtTheStartOfALineIsNamedAtThatLine() {
        // A long content value wrapped flush left, as a formatter with a column limit and no continuation indent writes it:
        // the counter starts line 4, the line after the one with content:, and the message names that line.
        String css = ".quiz { counter-reset: quiz-total; }\n.quiz-total-score::before {\n  content: \"Your total (readers without"
                + " JavaScript): \"\ncounter(quiz-total) \" points\";\n}\n";
        assertEquals("assets/css/quiz.css:4: counter(quiz-total) shows", problems(css, quiz(3)).get(0).split(" the quiz's")[0]);
    }
}
