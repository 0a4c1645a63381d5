package guide.content;

/**
 * Runs of white space as one space, the way {@code text.replaceAll("\\s+", " ")} does (the six ASCII
 * white-space characters of Java's {@code \s}; a no-break space is not one of them), without a
 * regular expression: the search text of every section and the source revision of every block go
 * through it. It reads a copy of the text's characters: the JIT's quick (C1) compiler, which the
 * builder runs with, checks the string's coding and bounds on every {@code String.charAt}, which
 * made this loop one of a cold build's hottest. A text with nothing to collapse is returned as it is.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /** {@code "a \t\n b"} becomes {@code "a b"}; leading and trailing runs become one space too. */
    public static String collapse(String text) {
        char[] chars = text.toCharArray();
        int length = 0;
        boolean space = false;
        boolean changed = false;
        for (char c : chars) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                changed |= space || c != ' ';
                space = true;
            } else {
                if (space) {
                    chars[length++] = ' ';
                    space = false;
                }
                chars[length++] = c;
            }
        }
        if (space) {
            chars[length++] = ' ';
        }
        return changed ? new String(chars, 0, length) : text;
    }
}
