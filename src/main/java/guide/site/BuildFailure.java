package guide.site;

import java.io.PrintStream;
import java.util.List;

/**
 * Thrown when the sources have problems; carries all of them, sorted by file and line, each once (two checks that read the
 * same unreadable file name it alike), and the warnings the build had
 * found by then (an untranslated copy of interface words, a draft, a stamp that is not the file's), which stay true
 * while the problems are fixed.
 */
public class BuildFailure extends Exception {
    private final List<Problem> problems;
    private final List<String> warnings;

    public BuildFailure(List<Problem> problems) {
        this(problems, List.of());
    }

    public BuildFailure(List<Problem> problems, List<String> warnings) {
        super(Problem.count(problems.size()) + " found");
        this.problems = problems.stream().sorted().distinct().toList();
        this.warnings = List.copyOf(warnings);
    }

    /** Stops a build when there are problems, with the warnings found so far: those stay to be heard while the problems are fixed. */
    public static void throwIfAny(List<Problem> problems, List<String> warnings) throws BuildFailure {
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems, warnings);
        }
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * Prints the problems, one {@code path:line: message} a line, then the warnings under "Also N warnings (warnings
     * alone do not stop a build):", as {@code ./guide build}, {@code ./guide publish} and the preview show a failed build.
     */
    public void print(PrintStream out) {
        problems.forEach(out::println);
        int n = warnings.size();
        if (n > 0) {
            out.println("Also " + n + (n == 1 ? " warning" : " warnings") + " (warnings alone do not stop a build):");
            warnings.forEach(w -> out.println("    " + w));
        }
    }

    /** The warnings of the build that failed, as a build that succeeds lists them. */
    public List<String> warnings() {
        return warnings;
    }
}
