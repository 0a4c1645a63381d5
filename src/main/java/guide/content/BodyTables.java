package guide.content;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table written right under a line of text, with no blank line between them: the site's Markdown reads its rows as
 * more lines of that paragraph, and readers see its {@code |} and {@code ---} as they are written, with no error to
 * warn anyone. Found as the page's Markdown reads it (a row of dashes under a row with {@code |}, inside a paragraph),
 * so a table in code, or one with its blank line, is not named; it is named at the table's first row.
 */
public final class BodyTables {
    /** A table's second row, which sets its columns: dashes, each column's optionally between colons, split by pipes. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?|\\|\\s*:?-+:?\\s*\\|?");

    private BodyTables() {
    }

    /** Adds a problem for each table that a line of text right above it has made part of its paragraph. */
    public static void check(Path file, FrontMatter fm, List<Problem> problems) {
        if (!fm.body().contains("|")) {
            return; // most pages have no table: no need to parse them again
        }
        for (Node node : Markdown.parse(fm.body()).getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                List<BasedSequence> lines = paragraph.getContentLines();
                // From the third line: a header row and its dashes at the top of a paragraph are a table Markdown refused otherwise.
                for (int i = 2; i < lines.size(); i++) {
                    if (DELIMITER_ROW.matcher(lines.get(i).toString().strip()).matches() && lines.get(i - 1).toString().contains("|")) {
                        problems.add(new Problem(file, fm.bodyStartLine() + paragraph.getStartLineNumber() + i - 1, "this table is right under"
                                + " a line of text, so Markdown reads it as more of that paragraph and readers would see its | and - as written:"
                                + " leave a blank line above the table"));
                        break;
                    }
                }
            }
        }
    }
}
