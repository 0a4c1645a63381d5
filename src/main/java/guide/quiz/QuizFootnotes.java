package guide.quiz;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes in a checklist whose note is in another part of it than its reference. The quiz shows
 * its parts one by one (the intro, each section's text, each statement, each band's heading and
 * advice), each rendered on its own, so a reference whose note ({@code [^id]: …}) is in another part
 * would reach readers as the bare text {@code [^id]} and the note would not reach them at all: a
 * note written at the end of the file belongs to the last band. The build stops at the reference
 * instead; a note beside its reference, in the same part, works as on any page.
 */
final class QuizFootnotes {
    private static final Pattern NOTE = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)\\]:");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)\\](?!:)");

    private QuizFootnotes() {
    }

    /** A reference and the part of the quiz its line is in. */
    private record Reference(String id, int line, String part) {
    }

    /**
     * Adds a problem for each footnote reference whose note is in another part.
     *
     * @param lines     the body's lines
     * @param quiz      what each line is, by its line number in the file
     * @param firstLine the file's line number of the body's first line
     */
    static void check(Path source, String[] lines, ChecklistLines quiz, int firstLine, List<Problem> problems) {
        Map<String, String> noteParts = new HashMap<>();
        Map<String, Integer> noteLines = new HashMap<>();
        List<Reference> references = new ArrayList<>();
        String text = "intro";
        for (int i = 0; i < lines.length; i++) {
            ChecklistLines.Line line = quiz.at(firstLine + i);
            String part = switch (line.role()) {
                case SECTION -> text = "section " + i;
                case STATEMENT, BAND -> "line " + i;
                case ADVICE -> "band " + line.id();
                case TEXT -> text;
            };
            Matcher note = NOTE.matcher(lines[i]);
            if (note.find()) {
                noteParts.putIfAbsent(note.group(1), part);
                noteLines.putIfAbsent(note.group(1), firstLine + i);
            }
            Matcher reference = REFERENCE.matcher(lines[i]);
            while (reference.find()) {
                references.add(new Reference(reference.group(1), firstLine + i, part));
            }
        }
        for (Reference reference : references) {
            String notePart = noteParts.get(reference.id());
            if (notePart != null && !notePart.equals(reference.part())) {
                problems.add(new Problem(source, reference.line(), "footnote [^" + reference.id() + "] has its note on line "
                        + noteLines.get(reference.id()) + ", in another part of the quiz, which is shown on its own: the reference would"
                        + " show as [^" + reference.id() + "] and the note not at all; put the note right under the reference's paragraph,"
                        + " or write it into the text"));
            }
        }
    }
}
