package guide.translation;

import guide.content.HeaderLine;
import guide.site.TextLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets one header value in a file's header and keeps the rest of its bytes: for the stamp ({@link StampWriter}) and the
 * XLIFF import, which must both replace the line the build reads as the key ({@link HeaderLine}: {@code  sourceRevision = …},
 * with spaces or a pasted no-break space around the key, is the stamp) rather than add a second one, which the build
 * would refuse as a repeated key.
 */
public final class HeaderRewrite {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private HeaderRewrite() {
    }

    /** The lines of {@code text} before its header separator at {@code separator} ({@link HeaderSeparator#find}), each with its line end. */
    public static List<String> lines(String text, int separator) {
        List<String> lines = new ArrayList<>();
        for (int start = 0; start < separator; start = HeaderSeparator.nextLine(text, start)) {
            lines.add(text.substring(start, HeaderSeparator.nextLine(text, start)));
        }
        return lines;
    }

    /**
     * Sets {@code key} to {@code value} in the header {@code lines} (each with its line end): the first line the build reads
     * as {@code key} becomes {@code key=value} with its line end, unless the build already reads {@code value} there (then
     * it is left as it was); with no such line, {@code key=value} and {@code newline} are added at the end. A byte order mark
     * before the first key (some Windows editors write one) stays where it is.
     */
    public static void set(List<String> lines, String key, String value, String newline) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int end = TextLines.lineEnd(line, 0);
            Optional<HeaderLine> read = HeaderLine.of(line.substring(0, end));
            if (read.isPresent() && read.get().key().equals(key)) {
                if (!read.get().value().equals(value)) {
                    String mark = line.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : "";
                    lines.set(i, mark + key + "=" + value + line.substring(end));
                }
                return;
            }
        }
        lines.add(key + "=" + value + newline);
    }

    /** Takes out of the header {@code lines} every line the build reads as {@code key} (a byte order mark before it stays). */
    public static void remove(List<String> lines, String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            Optional<HeaderLine> read = HeaderLine.of(line.substring(0, TextLines.lineEnd(line, 0)));
            if (read.isPresent() && read.get().key().equals(key)) {
                if (line.startsWith(BYTE_ORDER_MARK)) {
                    lines.set(i, BYTE_ORDER_MARK);
                } else {
                    lines.remove(i);
                }
            }
        }
    }
}
