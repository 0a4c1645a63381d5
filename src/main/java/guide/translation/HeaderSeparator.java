package guide.translation;

import guide.content.FrontMatterParser;
import guide.site.TextLines;

/**
 * Where a content file's header ends, for the tools that rewrite a header line and keep the rest of
 * the file: the stamp and the XLIFF import. The separator is a line of {@code ~~~~~~}, trailing spaces
 * allowed; lines end as the build reads them ({@link TextLines}: {@code \n}, {@code \r\n} or an old Mac's lone
 * {@code \r}), so a file the build reads is one the tools can rewrite. Lines the tools add end as the file's
 * lines do ({@link #newline}).
 */
public final class HeaderSeparator {
    private HeaderSeparator() {
    }

    /** Offset of the separator line's first character in {@code text}, or -1 when there is none. */
    public static int find(String text) {
        for (int start = 0; start >= 0; start = TextLines.nextLine(text, TextLines.lineEnd(text, start))) {
            String line = text.substring(start, TextLines.lineEnd(text, start));
            if (line.startsWith(FrontMatterParser.SEPARATOR) && line.stripTrailing().equals(FrontMatterParser.SEPARATOR)) {
                return start;
            }
        }
        return -1;
    }

    /** Where the line after the one starting at {@code start} starts (past its line end), or the text's length after its last line. */
    public static int nextLine(String text, int start) {
        int next = TextLines.nextLine(text, TextLines.lineEnd(text, start));
        return next == -1 ? text.length() : next;
    }

    /**
     * The line end to write into {@code text}: the one its first line ends with ({@code \n}, {@code \r\n}, or an old Mac's
     * lone {@code \r}), or {@code \n} for a text of one line. A stray {@code \r} further on does not make a Unix file a Mac one.
     */
    public static String newline(String text) {
        int end = TextLines.lineEnd(text, 0);
        return end == text.length() ? "\n" : text.substring(end, nextLine(text, 0));
    }

    /** What is wrong with a file {@link #find} finds no separator in, and what to do. */
    public static String missing() {
        return "no header separator: end the key=value header with a line of exactly '" + FrontMatterParser.SEPARATOR + "'";
    }
}
