package guide.check;

import com.ibm.icu.util.ULocale;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.quiz.Checklists;
import guide.site.Problem;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Readers without JavaScript see the quiz's total as a CSS counter, which writes "1000", where the script writes the
 * same total "1,000" in English: a quiz whose maximum reaches the first number its language groups stops the build.
 * Polish groups from 10 000 (CLDR), so a Polish quiz of 1000 points is written alike both ways.
 */
class QuizTotalGroupingTest {
    private static final String COUNTER = IntStream.rangeClosed(1, 10)
            .mapToObj(v -> ".quiz-item input[data-points=\"" + v + "\"]:checked { counter-increment: quiz-total " + v + "; }")
            .collect(Collectors.joining("\n", "", "\n.quiz-total-score::before { content: counter(quiz-total); }\n"));

    /** The problems of a quiz in {@code lang} of {@code statements} statements worth 10 points and two bands, read as the build reads it. */
    private static List<String> problems(String lang, int statements, String css) {
        StringBuilder body = new StringBuilder("## Sign {#sign}\n\n");
        for (int i = 0; i < statements; i++) {
            body.append("- [ ] Statement ").append(i).append(". {#s").append(i).append(" points=10}\n");
        }
        body.append("\n## Results {#results}\n\n### Keep {#keep points=0-9}\n\nKeep.\n\n### Exit {#exit points=10-").append(statements * 10)
                .append("}\n\nGo.\n");
        ContentDocument quiz = TestDocument.article(lang, "quiz").type(DocumentType.QUIZ).key("q").body(body.toString()).build();
        List<Problem> found = new ArrayList<>();
        QuizTotalRules rules = QuizTotalRules.of(List.of(new StyleSheets.Sheet(Path.of("assets/css/quiz.css"), "/css/quiz.css", css)), found);
        rules.check(Checklists.read(List.of(quiz), new TranslationIndex(List.of(lang), List.of(quiz)), lang, rules.allowed(), found),
                ULocale::forLanguageTag, found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void anEnglishQuizOfAThousandPointsStopsTheBuildAtItsHighestBand() {
        assertEquals(List.of("content/en/quiz.md:118: the quiz's maximum total is 1,000 (the sum of all points), but"
                + " English groups the digits of numbers from 1,000 up, and readers without JavaScript get their total from"
                + " assets/css/quiz.css as a CSS counter, which cannot group digits: they would read 1000 where the script writes 1,000;"
                + " keep the sum of all points under 1,000 (fewer statements or fewer points each, and the bands to match)"),
                problems("en", 100, COUNTER));
        assertEquals(List.of(), problems("en", 99, COUNTER), "990 is written alike both ways");
    }

    @Test
    void polishGroupsFromTenThousandAsCldrSays() {
        assertEquals(List.of(), problems("pl", 100, COUNTER), "Polish writes 1000 ungrouped, as the counter does");
        assertEquals(List.of("content/pl/quiz.md:1018: the quiz's maximum total is 10 000 (the sum of all points), but"
                + " Polish groups the digits of numbers from 10 000 up, and readers without JavaScript get their total from"
                + " assets/css/quiz.css as a CSS counter, which cannot group digits: they would read 10000 where the script writes 10 000;"
                + " keep the sum of all points under 10 000 (fewer statements or fewer points each, and the bands to match)"),
                problems("pl", 1000, COUNTER));
        assertEquals(List.of(), problems("pl", 999, COUNTER));
    }

    /** Style sheets that show no counter leave the total to the script alone, which writes it one way. */
    @Test
    void withoutACounterAnyTotalIsWrittenOneWay() {
        assertEquals(List.of(), problems("en", 110, ".quiz { color: red; }\n"));
    }
}
