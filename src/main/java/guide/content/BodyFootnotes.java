package guide.content;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import guide.site.NearNames;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's footnotes, read as the site's Markdown reads them, so that no note is lost without a
 * word. Markdown shows a reference ({@code [^basis]}) whose note ({@code [^basis]: …}) is missing as
 * the bare text {@code [^basis]}, keeps only the first of two notes with one label, and drops a note
 * that nothing refers to. The first two are errors at their line; the third a warning, as readers
 * see nothing wrong. A reference whose label is one or two edits from such a note's ({@code [^odestki]}, {@code [^odsetki]})
 * names that note: one of the two labels is misspelt. In a code block or a code span {@code [^basis]} is text, as on the page. A
 * quiz's parts are each shown on their own and may each use the same label (its checklist checks
 * where its notes are), so of a quiz only references without any note are checked here.
 */
public final class BodyFootnotes {

    private BodyFootnotes() {
    }

    /** Adds a problem for each reference without a note, each second note of a label and each note nothing refers to. */
    public static void check(Path file, FrontMatter fm, DocumentType type, List<Problem> problems) {
        if (!fm.body().contains("[^")) {
            return; // most pages have no footnote: no need to parse them again
        }
        Map<String, Integer> notes = new HashMap<>();
        Node document = Markdown.parse(fm.body());
        Map<String, Integer> unreferenced = unreferenced(document, fm);
        for (Node node : document.getDescendants()) {
            int line = fm.bodyStartLine() + node.getStartLineNumber();
            if (node instanceof Footnote reference && reference.getFootnoteBlock() == null) {
                problems.add(new Problem(file, line, noNote(reference.getText().toString(), unreferenced)));
            } else if (node instanceof FootnoteBlock note && type != DocumentType.QUIZ) {
                String label = "[^" + note.getText() + "]";
                Integer first = notes.putIfAbsent(note.getText().toString(), line);
                if (first != null) {
                    problems.add(new Problem(file, line, "footnote " + label + " already has a note, on line " + first + ", and readers would see"
                            + " only that one: join the two notes, or give this one another label and refer to it where it belongs"));
                } else if (!note.isReferenced()) {
                    problems.add(Problem.warning(file, line, "the note " + label + " is not referred to anywhere, so readers never see it: write "
                            + label + " in the text where the note belongs, or remove the note"));
                }
            }
        }
    }

    /**
     * Why a reference without a note is wrong and what to do: when a note nothing refers to has a label one or two edits
     * from the reference's ({@code [^odestki]} and {@code [^odsetki]}), one of the two is misspelt, and that note is named.
     */
    private static String noNote(String name, Map<String, Integer> unreferenced) {
        String label = "[^" + name + "]";
        String start = "footnote " + label + " has no note, so readers would see '" + label + "' as it is written: ";
        return NearNames.nearest(name, unreferenced.keySet())
                .map(near -> start + "did you mean [^" + near + "] (line " + unreferenced.get(near) + ")? That note is referred to nowhere:"
                        + " write the same label in both")
                .orElse(start + "add the note on a line of its own below the paragraph, written '" + label + ": text of the note', or remove"
                        + " the reference");
    }

    /** The labels of the notes nothing refers to, each with the line of its first note. */
    private static Map<String, Integer> unreferenced(Node document, FrontMatter fm) {
        Map<String, Integer> found = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FootnoteBlock note && !note.isReferenced()) {
                found.putIfAbsent(note.getText().toString(), fm.bodyStartLine() + node.getStartLineNumber());
            }
        }
        return found;
    }
}
