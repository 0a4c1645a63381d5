package guide.quiz;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the quiz's own instruction, a paragraph of its intro ending with {@code {#how-to}} ({@link QuizMarkdown} says which
 * lines are one), for {@link ChecklistReader}: the page shows it above the statements instead of the interface's
 * {@code quizHowTo}, which was written for the guide's first quiz. It belongs to the intro, once: one written lower down
 * or a second one is an error at its line, as the page would show neither where the editor meant.
 */
final class QuizHowTo {
    /** The {@code {#how-to}} that ends the instruction. */
    private static final Pattern MARK = Pattern.compile(QuizMarkdown.HOW_TO_MARK.pattern() + "\\s*$");
    private static final String WRITTEN = QuizMarkdown.HOW_TO;

    private final Path source;
    private final List<Problem> problems;
    private final StringBuilder text = new StringBuilder();
    /** The line the instruction starts on; 0 for none yet. */
    private int line;
    private int lastLine = -2;

    QuizHowTo(Path source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** A line of an instruction paragraph in the intro. */
    void read(String lineText, int lineNo) {
        if (lineNo != lastLine + 1 && line != 0) {
            problems.add(new Problem(source, lineNo, "a second instruction ending " + WRITTEN + " (the first is on line " + line
                    + "): the page shows only one, so keep one and delete the other"));
        } else if (line == 0) {
            line = lineNo;
            text.append(lineText).append('\n');
        } else {
            text.append(lineText).append('\n');
        }
        lastLine = lineNo;
    }

    /** A line of an instruction paragraph below the intro: an error at the line that carries its {@code {#how-to}}. */
    void misplaced(String lineText, int lineNo) {
        if (QuizMarkdown.HOW_TO_MARK.matcher(lineText).find()) {
            problems.add(new Problem(source, lineNo, "the quiz's own instruction (the paragraph ending " + WRITTEN + ") goes in the intro,"
                    + " above the first ## section, where the page shows it: move it there"));
        }
    }

    /** The instruction, its {@code {#how-to}} left out, or {@link Checklist.HowTo#NONE}. */
    Checklist.HowTo result() {
        return line == 0 ? Checklist.HowTo.NONE : new Checklist.HowTo(MARK.matcher(text.toString().strip()).replaceFirst("").strip(), line);
    }
}
