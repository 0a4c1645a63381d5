package guide.site;

import java.util.List;

/** Thrown when the sources have problems; carries all of them, sorted by file and line. */
public class BuildFailure extends Exception {
    private final List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(problems.size() + " problem(s) found");
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
