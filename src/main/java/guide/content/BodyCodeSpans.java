package guide.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * A code span that nothing closes ({@code use `acme-log.md to start}, the second backtick forgotten): the site's Markdown
 * then shows the backtick as it is typed and the code as ordinary text, with no error to warn anyone. Found as the page's
 * Markdown reads it: a backtick left in a paragraph's text is one that opened no code span, so a closed span (with one
 * backtick or more), a code block and an escaped {@code \`} are not named. It is an error, as a table glued to its line
 * ({@link BodyTables}) and a footnote without its note ({@link BodyFootnotes}) are: readers would see Markdown's syntax.
 */
public final class BodyCodeSpans {
    /** How much of the text after the backtick the message quotes, so the line can be found in a long paragraph. */
    private static final int QUOTED = 30;

    private BodyCodeSpans() {
    }

    /** Adds a problem for each piece of text with a backtick that opens no code span, at that backtick's line. */
    public static void check(Path file, FrontMatter fm, List<Problem> problems) {
        if (fm.body().indexOf('`') < 0) {
            return; // most pages have no code: no need to parse them again
        }
        Document document = Markdown.parse(fm.body());
        for (Node node : document.getDescendants()) {
            if (node instanceof Text text && text.getAncestorOfType(Code.class, FencedCodeBlock.class, IndentedCodeBlock.class) == null) {
                String chars = text.getChars().toString();
                int at = stray(chars);
                if (at >= 0) {
                    int line = fm.bodyStartLine() + document.getLineNumber(text.getStartOffset() + at);
                    problems.add(new Problem(file, line, "this ` opens a code span that nothing closes, so readers would see '"
                            + shown(chars, at) + "' with the backtick as typed: close the code with a second ` where it ends, in the same"
                            + " paragraph, or write \\` for a backtick readers should see"));
                }
            }
        }
    }

    /** Where the first backtick that no backslash escapes is, or -1. */
    private static int stray(String chars) {
        boolean escaped = false;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '`' && !escaped) {
                return i;
            }
            escaped = c == '\\' && !escaped;
        }
        return -1;
    }

    /** The text from the backtick to the end of its line, cut after a whole word when longer than {@link #QUOTED} characters. */
    private static String shown(String chars, int at) {
        int end = chars.indexOf('\n', at);
        String rest = chars.substring(at, end < 0 ? chars.length() : end).stripTrailing();
        if (rest.length() <= QUOTED) {
            return rest;
        }
        int space = rest.lastIndexOf(' ', QUOTED);
        return rest.substring(0, space > 0 ? space : QUOTED) + "…";
    }
}
