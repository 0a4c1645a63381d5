package guide.site;

/**
 * Which line of an editor's text (a template, a style sheet, a script) an offset is on, counted the way
 * the editor's program shows it: a Windows line end ({@code \r\n}), an old Mac one (a lone {@code \r}) and
 * a Unix one ({@code \n}) are one line break each, so a file saved on any system gets its problems at the
 * lines the editor sees. One count for every check that names a line, so two checks of one file cannot
 * name two lines for one place.
 */
public final class TextLines {
    private TextLines() {
    }

    /** The line, from 1, that {@code offset} (a char index into {@code text}, at most its length) is on. */
    public static int lineAt(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                line++;
            }
        }
        return line;
    }

    /** {@code text} with every character but the line breaks made a space: comments blanked out keep their lines and offsets. */
    public static String blanked(CharSequence text) {
        StringBuilder s = new StringBuilder(text.length());
        text.chars().forEach(c -> s.append(c == '\r' || c == '\n' ? (char) c : ' '));
        return s.toString();
    }
}
