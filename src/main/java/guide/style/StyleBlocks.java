package guide.style;

import guide.site.TextLines;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one style sheet, each with its selectors, its declarations at their lines and the at-rules it is inside
 * ({@code @media (prefers-color-scheme: dark)}): the one reading of a sheet's structure that the builder's colour and
 * column readers and the checks share. Comments are skipped and quoted text is read as a whole, so a brace or semicolon in
 * either splits nothing; a rule nested in another one is a rule of its own, and its text is no declaration of the outer one.
 *
 * <p>A real CSS parser was tried (htmlunit-cssparser 4.21): it reported errors on nine lines of the guide's own
 * {@code site.css} ({@code min()}, {@code color-mix()}, arithmetic in {@code font-size}) and dropped those declarations,
 * and it rewrites every colour as {@code rgb()}, while a designer's value must be named back as written. Reading custom
 * properties and plain colours needs braces, semicolons, quotes and comments only, which this reads.
 */
public final class StyleBlocks {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /**
     * One rule (not an at-rule).
     *
     * @param conditions   the preludes of the at-rules it is inside, outermost first ({@code @media (prefers-color-scheme: dark)})
     * @param selectors    its selectors as written, without the white space around them
     * @param line         the line of its selectors
     * @param declarations its declarations in the order written
     */
    public record Block(List<String> conditions, String selectors, int line, List<Declaration> declarations) {
        /** Whether one of its comma-separated selectors is {@code selector}, as written. */
        public boolean selects(String selector) {
            return Arrays.stream(selectors.split(",")).anyMatch(s -> s.strip().equals(selector));
        }

        /** Its last declaration of {@code name}, as the browser applies it; null when it has none. */
        public Declaration last(String name) {
            Declaration found = null;
            for (Declaration d : declarations) {
                found = d.name().equals(name) ? d : found;
            }
            return found;
        }
    }

    private record Open(String prelude, int preludeStart, int bodyStart) {
    }

    private final String css;
    private final int[] lineStarts;

    private StyleBlocks(String css) {
        this.css = css;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int next = TextLines.nextLine(css, TextLines.lineEnd(css, 0)); next >= 0; next = TextLines.nextLine(css, TextLines.lineEnd(css, next))) {
            starts.add(next);
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The rules of {@code css} (a style sheet's text), in the order they close: an inner rule before the rule around it. */
    public static List<Block> of(String css) {
        return new StyleBlocks(COMMENT.matcher(css).replaceAll(m -> TextLines.blanked(m.group()))).blocks();
    }

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int segment = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                i = afterString(i) - 1;
            } else if (c == '{') {
                open.push(new Open(css.substring(segment, i).strip(), segment, i + 1));
                segment = i + 1;
            } else if (c == '}' || c == ';') {
                if (c == '}' && !open.isEmpty()) {
                    close(open.pop(), i, open, blocks);
                }
                segment = i + 1;
            }
        }
        return blocks;
    }

    private void close(Open block, int end, Deque<Open> outer, List<Block> blocks) {
        if (block.prelude().startsWith("@")) {
            return;
        }
        List<String> conditions = new ArrayList<>();
        outer.descendingIterator().forEachRemaining(o -> {
            if (o.prelude().startsWith("@")) {
                conditions.add(o.prelude());
            }
        });
        int at = block.preludeStart();
        while (at < block.bodyStart() && Character.isWhitespace(css.charAt(at))) {
            at++;
        }
        blocks.add(new Block(List.copyOf(conditions), block.prelude(), lineAt(at), declarations(block.bodyStart(), end)));
    }

    /** The declarations between {@code from} and {@code to}, nested rules left out. */
    private List<Declaration> declarations(int from, int to) {
        List<Declaration> found = new ArrayList<>();
        int start = from;
        int depth = 0;
        int parens = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? css.charAt(i) : ';';
            if (c == '"' || c == '\'') {
                i = afterString(i) - 1;
            } else if (c == '(' || c == ')') {
                parens = Math.max(0, parens + (c == '(' ? 1 : -1));
            } else if (c == '{' || c == '}') {
                depth += c == '{' ? 1 : -1;
                start = i + 1;
            } else if (c == ';' && depth == 0 && (parens == 0 || i == to)) {
                declaration(start, i, found);
                start = i + 1;
                parens = 0;
            }
        }
        return found;
    }

    private void declaration(int from, int to, List<Declaration> found) {
        int colon = css.indexOf(':', from);
        if (colon < 0 || colon >= to) {
            return;
        }
        String name = css.substring(from, colon).strip();
        if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
            return;
        }
        int at = css.indexOf(name, from);
        found.add(new Declaration(name.startsWith("--") ? name : name.toLowerCase(Locale.ROOT), css.substring(colon + 1, to).strip(),
                lineAt(at), at));
    }

    /** The offset just past the string that starts at {@code quote}, or the text's end when it is not closed. */
    private int afterString(int quote) {
        char mark = css.charAt(quote);
        for (int i = quote + 1; i < css.length(); i++) {
            if (css.charAt(i) == '\\') {
                i++;
            } else if (css.charAt(i) == mark || TextLines.isBreakChar(css.charAt(i))) {
                return i + 1;
            }
        }
        return css.length();
    }

    private int lineAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
