package guide.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with the sources, located where an editor can fix it.
 *
 * @param file the file at fault, relative to the project where possible
 * @param line 1-based line in that file, or 0 when no line applies
 * @param message what is wrong, in words an editor understands
 */
public record Problem(Path file, int line, String message) implements Comparable<Problem> {
    private static final String WARNING = "warning: ";

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** Something the build works around but an editor should know, shown as {@code path:line: warning: …}; it stops nothing. */
    public static Problem warning(Path file, int line, String message) {
        return new Problem(file, line, WARNING + message);
    }

    /** "1 problem", "2 problems": how the command-line messages count problems (they are English only). */
    public static String count(int n) {
        return Counted.of(n, "problem", "problems");
    }

    public boolean isWarning() {
        return message.startsWith(WARNING);
    }

    /** The {@code path:line: message} form printed on the console and in the preview. */
    @Override
    public String toString() {
        String where = file.toString().replace('\\', '/');
        return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.toString().compareTo(other.file.toString());
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
