package guide.quiz;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stylesheet that adds up the points for readers without JavaScript counts exactly the point values the build
 * accepts, each by its own value: a value the build accepts and quiz.css has no rule for would count 0.
 */
class StylesheetTotalTest {
    private static final Pattern RULE = Pattern.compile(
            "input\\[data-points=\"(\\d+)\"]:checked \\{ counter-increment: quiz-total (\\d+); }");

    @Test
    void quizCssCountsEveryPointValueTheBuildAcceptsByThatValue() throws IOException {
        String css = Files.readString(ProjectFixture.projectDir().resolve("assets/css/quiz.css"));
        List<Integer> counted = new ArrayList<>();
        Matcher m = RULE.matcher(css);
        while (m.find()) {
            assertEquals(m.group(1), m.group(2), "a box worth " + m.group(1) + " points adds " + m.group(2));
            counted.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> accepted = IntStream.rangeClosed(0, StylesheetTotal.MAX_POINTS + 1).filter(StylesheetTotal::counts).boxed().toList();
        assertEquals(IntStream.rangeClosed(1, StylesheetTotal.MAX_POINTS).boxed().toList(), accepted);
        assertEquals(accepted, counted, "quiz.css's counter rules, in order");
    }
}
