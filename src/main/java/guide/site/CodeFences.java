package guide.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a page lie inside fenced code (between {@code ```} or {@code ~~~} lines, as CommonMark closes them: the same
 * character, at least as many), for {@link MergeConflicts}: an article about git shows conflict markers in its code blocks.
 * Fences are looked for after the page's header only, since the line that ends a header ({@code ~~~~~~}) would open one.
 */
final class CodeFences {
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})(.*)");
    private static final Pattern HEADER_END = Pattern.compile("[ \\t]*~{3,}[ \\t]*");

    private CodeFences() {
    }

    /** For each of {@code lines}: whether it is inside fenced code, the fence lines themselves included. */
    static boolean[] of(String[] lines) {
        boolean[] fenced = new boolean[lines.length];
        int start = 0;
        while (start < lines.length && !HEADER_END.matcher(lines[start]).matches()) {
            start++;
        }
        String open = null;
        for (int i = start < lines.length ? start + 1 : 0; i < lines.length; i++) {
            Matcher fence = FENCE.matcher(lines[i]);
            if (open == null) {
                if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
                    open = fence.group(1);
                    fenced[i] = true;
                }
                continue;
            }
            fenced[i] = true;
            if (fence.matches() && fence.group(2).isBlank() && fence.group(1).charAt(0) == open.charAt(0)
                    && fence.group(1).length() >= open.length()) {
                open = null;
            }
        }
        return fenced;
    }
}
