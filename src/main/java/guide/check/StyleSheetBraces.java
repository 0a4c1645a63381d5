package guide.check;

import guide.site.Problem;
import guide.site.TextLines;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The one slip in a style sheet of assets/ that costs more than its own rule: a {@code {} never closed, a
 * {@code }} that closes nothing, or a comment never ended. A browser then reads the rest of the file as part of
 * that rule, or drops it, and the page loses every style below without a word; the build names the line. Other
 * CSS mistakes cost only their own declaration and are left to the preview.
 */
public final class StyleSheetBraces {
    public void check(List<StyleSheets.Sheet> sheets, List<Problem> problems) {
        sheets.forEach(sheet -> checkSheet(sheet.file(), sheet.text(), problems));
    }

    void checkSheet(Path file, String css, List<Problem> problems) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/' && css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add(new Problem(file, TextLines.lineAt(css, i), "comment '/*' is never closed: the browser ignores everything after it; add '*/'"));
                    return;
                }
                i = end + 1;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c && css.charAt(end) != '\n' && css.charAt(end) != '\r') {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                i = Math.min(end, css.length() - 1);
            } else if (c == '{') {
                open.push(i);
            } else if (c == '}' && open.isEmpty()) {
                problems.add(new Problem(file, TextLines.lineAt(css, i), "'}' closes no '{': the browser drops the rule after it; remove it, "
                        + "or add the '{' it was meant to close"));
            } else if (c == '}') {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            problems.add(new Problem(file, TextLines.lineAt(css, open.peek()), "'{' is never closed: the browser reads "
                    + "every rule after it as part of this one, and drops them; add its '}'"));
        }
    }
}
