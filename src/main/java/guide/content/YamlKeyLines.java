package guide.content;

import guide.site.TextLines;

import java.util.List;

/**
 * Lines of keys in a two-level YAML file such as {@code authors.yaml} ({@code id:} at the start of a
 * line, its fields indented under it), so a problem with an entry or a field names its line, counted as the editor's
 * program shows it ({@link TextLines}: a Windows line end and an old Mac's lone CR are one line each).
 */
final class YamlKeyLines {
    private final List<String> lines;

    YamlKeyLines(String text) {
        this.lines = TextLines.lines(text);
    }

    /** The 1-based line of the top-level key {@code id} (plain or in quotes), or 0. */
    int entry(String id) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isKey(line, id)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** How a field's texts per language are written, and so where another one goes. */
    enum Style {
        /** One per line, indented under the field: another goes under it. */
        BLOCK,
        /** On the field's own line in braces ({@code bio: {pl: …, en: …}}): another goes inside them. */
        BRACES,
        /**
         * In braces on the line of the whole author ({@code ola: {name: {pl: …, en: …}, bio: …}}), or in a file
         * written in braces as a whole, where the author has no line of its own: another goes inside the braces
         * after the field's name, not under the line (which would break the YAML).
         */
        BRACES_IN_ENTRY
    }

    /** How {@code field} of entry {@code id} is written. */
    Style style(String id, String field) {
        int start = entry(id);
        if (start == 0) {
            return Style.BRACES_IN_ENTRY;
        }
        int line = field(id, field);
        if (line == start) {
            return afterKey(lines.get(start - 1), id).startsWith("{") ? Style.BRACES_IN_ENTRY : Style.BLOCK;
        }
        String text = lines.get(line - 1).strip();
        return afterKey(text, field).startsWith("{") ? Style.BRACES : Style.BLOCK;
    }

    /** True if {@code line} starts with the key {@code key}, plain or in quotes, and its colon. */
    private static boolean isKey(String line, String key) {
        return line.startsWith(key + ":") || line.startsWith("\"" + key + "\":") || line.startsWith("'" + key + "':");
    }

    /** What follows the key {@code key} and its colon at the start of {@code line}, stripped; "" if it does not start so. */
    private static String afterKey(String line, String key) {
        if (!isKey(line, key)) {
            return "";
        }
        return line.substring(line.indexOf(':', key.length()) + 1).strip();
    }

    /** The line of {@code field} inside entry {@code id}, else the entry's line. */
    int field(String id, String field) {
        int start = entry(id);
        if (start == 0) {
            return 0;
        }
        for (int i = start; i < lines.size() && (lines.get(i).isBlank() || Character.isWhitespace(lines.get(i).charAt(0))); i++) {
            if (isKey(lines.get(i).strip(), field)) {
                return i + 1;
            }
        }
        return start;
    }
}
