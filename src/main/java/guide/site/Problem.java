package guide.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with the sources, located where an editor can fix it.
 *
 * @param file the file at fault, relative to the project where possible
 * @param line 1-based line in that file, or 0 when no line applies
 * @param text what is wrong, in words an editor understands, with the places where it names the command kept apart
 *             ({@link CommandText}): the last build's warnings are said again by a build typed otherwise
 */
public record Problem(Path file, int line, CommandText text) implements Comparable<Problem> {
    private static final String WARNING = "warning: ";

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    /** A problem whose words name no command. */
    public Problem(Path file, int line, String message) {
        this(file, line, CommandText.plain(Objects.requireNonNull(message, "message")));
    }

    /** Something the build works around but an editor should know, shown as {@code path:line: warning: …}; it stops nothing. */
    public static Problem warning(Path file, int line, String message) {
        return new Problem(file, line, WARNING + message);
    }

    /** A warning whose words name the command as typed ({@link CommandText}). */
    public static Problem warning(Path file, int line, CommandText message) {
        return new Problem(file, line, message.after(WARNING));
    }

    /** What is wrong, in words an editor understands, naming the command as typed now. */
    public String message() {
        return text.said();
    }

    /** "1 problem", "2 problems": how the command-line messages count problems (they are English only). */
    public static String count(int n) {
        return Counted.of(n, "problem", "problems");
    }

    public boolean isWarning() {
        return text.pieces().get(0).startsWith(WARNING);
    }

    /** The {@code path:line: message} form printed on the console and in the preview. */
    @Override
    public String toString() {
        return located().said();
    }

    /** The {@code path:line: message} form with the command's places kept apart, as the last build's warnings are stored. */
    public CommandText located() {
        String where = file.toString().replace('\\', '/');
        return text.after(line > 0 ? where + ":" + line + ": " : where + ": ");
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.toString().compareTo(other.file.toString());
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
