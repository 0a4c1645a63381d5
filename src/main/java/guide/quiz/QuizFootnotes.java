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
 * instead; a note beside its reference, in the same part, works as on any page (each part may use
 * the same id). A statement or a band's heading is one line and can hold no note. In a code or HTML
 * block, which Markdown shows as it is, {@code [^id]} is neither a reference nor a note.
 */
final class QuizFootnotes {
    private static final Pattern NOTE = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)\\]:");
    private static final String ONE_LINE = "line ";
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)\\](?!:)");

    private QuizFootnotes() {
    }

    /** A reference and the part of the quiz its line is in. */
    private record Reference(String id, int line, String part) {
    }

    /**
     * Adds a problem for each footnote reference whose note is in another part.
     *
     * @param lines     the body's lines ({@link guide.site.TextLines#lines})
     * @param quiz      what each line is, by its line number in the file
     * @param markdown  what each line is to Markdown, by its index in the body
     * @param firstLine the file's line number of the body's first line
     */
    static void check(Path source, List<String> lines, ChecklistLines quiz, QuizMarkdown markdown, int firstLine, List<Problem> problems) {
        Map<String, Map<String, Integer>> notes = new HashMap<>(); // id -> the parts holding a note of that id -> its line
        List<Reference> references = new ArrayList<>();
        String text = "intro";
        for (int i = 0; i < lines.size(); i++) {
            ChecklistLines.Line line = quiz.at(firstLine + i);
            String part = switch (line.role()) {
                case SECTION -> text = "section " + i;
                case STATEMENT, BAND -> ONE_LINE + i;
                case ADVICE -> "band " + line.id();
                case TEXT -> text;
            };
            if (markdown.at(i).literal()) {
                continue;
            }
            Matcher note = NOTE.matcher(lines.get(i));
            if (note.find()) {
                notes.computeIfAbsent(note.group(1), id -> new HashMap<>()).putIfAbsent(part, firstLine + i);
            }
            Matcher reference = REFERENCE.matcher(lines.get(i));
            while (reference.find()) {
                references.add(new Reference(reference.group(1), firstLine + i, part));
            }
        }
        for (Reference reference : references) {
            Map<String, Integer> parts = notes.getOrDefault(reference.id(), Map.of());
            String id = "[^" + reference.id() + "]";
            if (reference.part().startsWith(ONE_LINE)) {
                problems.add(new Problem(source, reference.line(), "footnote " + id + " on a statement or a band's heading, which is shown"
                        + " as one line and cannot carry a note: write the note into the section's text or the band's advice"));
            } else if (!parts.isEmpty() && !parts.containsKey(reference.part())) {
                problems.add(new Problem(source, reference.line(), "footnote " + id + " has its note on line "
                        + parts.values().stream().min(Integer::compare).orElseThrow() + ", in another part of the quiz, which is shown on its own:"
                        + " the reference would show as " + id + " and the note not at all; put the note right under the reference's"
                        + " paragraph, or write it into the text"));
            }
        }
    }
}
