package guide.translation;

import guide.content.FrontMatterParser;

/**
 * Where a content file's header ends, for the tools that rewrite a header line and keep the rest of
 * the file: the stamp and the XLIFF import. The separator is a line of {@code ~~~~~~}, ended by
 * {@code \n} or {@code \r\n} (or by the end of the file), trailing spaces allowed. Lines the tools
 * add end as the file's lines do ({@link #newline}).
 */
public final class HeaderSeparator {
    private HeaderSeparator() {
    }

    /** Offset of the separator line's first character in {@code text}, or -1 when there is none. */
    public static int find(String text) {
        int offset = 0;
        for (String line : text.split("(?<=\\n)")) {
            if (line.startsWith(FrontMatterParser.SEPARATOR) && line.stripTrailing().equals(FrontMatterParser.SEPARATOR)) {
                return offset;
            }
            offset += line.length();
        }
        return -1;
    }

    /** The line end to write into {@code text}: {@code \r\n} when it has any, else {@code \n}. */
    public static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** What is wrong with a file {@link #find} finds no separator in, and what to do. */
    public static String missing() {
        return "no header separator: end the key=value header with a line of exactly '" + FrontMatterParser.SEPARATOR + "'";
    }
}
