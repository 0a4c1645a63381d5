package guide.quiz;

import java.util.Map;

/**
 * What each line of a checklist's body is to the quiz, as {@link ChecklistParser} reads it: a
 * section's heading, a statement, a band's heading, a line of a band's advice, or other text (the
 * intro, a section's description, a look-alike the parser reports), each with the id written on it
 * or, for advice, its band's. It is what the build reads, also where a line breaks the format, so
 * that a tool which reads the same Markdown otherwise (the XLIFF export cuts it into units with
 * flexmark) takes the quiz's structure from here: the quiz's syntax has one reader, and a
 * translator's units are named after what the build shows.
 */
public final class ChecklistLines {
    /** No line is part of a quiz: for a document that is none. */
    public static final ChecklistLines NONE = new ChecklistLines(Map.of());
    private static final Line TEXT = new Line(Role.TEXT, "");

    /** What a line is to the quiz. */
    public enum Role { TEXT, SECTION, STATEMENT, BAND, ADVICE }

    /**
     * @param id the section's, statement's or band's id as written, valid or not ("" if it has none);
     *           for a line of advice, its band's; "" for text
     */
    public record Line(Role role, String id) {
        public Line {
            id = id == null ? "" : id;
        }
    }

    private final Map<Integer, Line> lines;

    ChecklistLines(Map<Integer, Line> lines) {
        this.lines = Map.copyOf(lines);
    }

    /** Line {@code line}, numbered as the reader was given them: from 0 for {@link ChecklistParser#lines}, by line in the file for a parse. */
    public Line at(int line) {
        return lines.getOrDefault(line, TEXT);
    }
}
