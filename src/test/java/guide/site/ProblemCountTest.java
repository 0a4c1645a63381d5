package guide.site;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command line counts problems in plain English: "1 problem", "2 problems", never "problem(s)". */
class ProblemCountTest {
    @Test
    void oneProblemIsSingularAndAnyOtherNumberPlural() {
        assertEquals("1 problem", Problem.count(1));
        assertEquals("2 problems", Problem.count(2));
        assertEquals("16 problems", Problem.count(16));
        assertEquals("0 problems", Problem.count(0));
    }

    @Test
    void aFailedBuildSaysHowManyProblemsItFound() {
        Problem one = new Problem(Path.of("content/pl/a.md"), 3, "no title");
        assertEquals("1 problem found", new BuildFailure(List.of(one)).getMessage());
        assertEquals("2 problems found", new BuildFailure(List.of(one, new Problem(Path.of("content/pl/b.md"), 1, "no date"))).getMessage());
    }
}
