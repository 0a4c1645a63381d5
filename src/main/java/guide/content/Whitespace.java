package guide.content;

/**
 * Runs of white space as one space, the way {@code text.replaceAll("\\s+", " ")} does (the six ASCII
 * white-space characters of Java's {@code \s}; a no-break space is not one of them), without a
 * regular expression: the search text of every section and the source revision of every block go
 * through it. It takes a {@code String}, not any {@code CharSequence}: the builder's quick compiler
 * calls {@code String.charAt} directly, where an interface's would be dispatched for every character.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /** {@code "a \t\n b"} becomes {@code "a b"}; leading and trailing runs become one space too. */
    public static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }
}
