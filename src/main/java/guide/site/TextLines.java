package guide.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Which line of an editor's text (a page, a template, a style sheet, a translation file) an offset is on, counted the
 * way the editor's program shows it: a Windows line end ({@code \r\n}), an old Mac one (a lone {@code \r}) and a Unix
 * one ({@code \n}) are one line break each, so a file saved on any system gets its problems at the lines the editor
 * sees. One rule for every check that names a line or cuts a text into lines, so two checks of one file cannot name
 * two lines for one place. Bytes are counted by the same rule: {@code \r} and {@code \n} are one byte each in UTF-8 and
 * in the one-byte encodings, and never part of another character.
 */
public final class TextLines {
    private TextLines() {
    }

    /** The line, from 1, that {@code offset} (a char index into {@code text}, at most its length) is on. */
    public static int lineAt(CharSequence text, int offset) {
        return 1 + breaks(text::charAt, 0, offset);
    }

    /** The line, from 1, that byte {@code offset} of {@code bytes} (a file as read from disk) is on. */
    public static int lineAt(byte[] bytes, int offset) {
        return 1 + breaks(i -> bytes[i], 0, offset);
    }

    /** How many line breaks start in {@code text} from {@code from} up to {@code to}: the lines a reader moving on that far passes. */
    public static int breaks(CharSequence text, int from, int to) {
        return breaks(text::charAt, from, to);
    }

    /** Where the line that {@code offset} is on starts in {@code text}: just after the line break before it, or 0. */
    public static int lineStart(CharSequence text, int offset) {
        return lineStart(text::charAt, offset);
    }

    /** Where the line that byte {@code offset} is on starts in {@code bytes}. */
    public static int lineStart(byte[] bytes, int offset) {
        return lineStart(i -> bytes[i], offset);
    }

    /** Where the line that starts at {@code from} ends: the offset of its line break, or the text's length. */
    public static int lineEnd(CharSequence text, int from) {
        int end = from;
        while (end < text.length() && !isBreakChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where the next line starts after a line that ends at {@code end} ({@link #lineEnd}): past its break, or -1 at the text's end. */
    public static int nextLine(CharSequence text, int end) {
        if (end >= text.length()) {
            return -1;
        }
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    /** The text's lines without their line ends; what follows the last line end is a line too (empty when the text ends with one). */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (int start = 0; start >= 0; ) {
            int end = lineEnd(text, start);
            lines.add(text.substring(start, end));
            start = nextLine(text, end);
        }
        return lines;
    }

    /** {@code text} with every line end a {@code \n}: what is read line by line after this counts lines as an editor does. */
    public static String withNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code text} with every character but the line breaks made a space: comments blanked out keep their lines and offsets. */
    public static String blanked(CharSequence text) {
        StringBuilder s = new StringBuilder(text.length());
        text.chars().forEach(c -> s.append(isBreakChar(c) ? (char) c : ' '));
        return s.toString();
    }

    /** Whether {@code c} is, or is part of, a line end. */
    public static boolean isBreakChar(int c) {
        return c == '\r' || c == '\n';
    }

    /** A {@code \r}, and a {@code \n} that does not end a {@code \r\n}, each start a line break. */
    private static int breaks(IntUnaryOperator at, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            int c = at.applyAsInt(i);
            if (c == '\r' || c == '\n' && (i == 0 || at.applyAsInt(i - 1) != '\r')) {
                count++;
            }
        }
        return count;
    }

    private static int lineStart(IntUnaryOperator at, int offset) {
        int start = offset;
        while (start > 0 && !isBreakChar(at.applyAsInt(start - 1))) {
            start--;
        }
        return start;
    }
}
