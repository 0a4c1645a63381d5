package guide.content;

import java.util.List;

/**
 * Lines of keys in a two-level YAML file such as {@code authors.yaml} ({@code id:} at the start of a
 * line, its fields indented under it), so a problem with an entry or a field names its line.
 */
final class YamlKeyLines {
    private final List<String> lines;

    YamlKeyLines(String text) {
        this.lines = List.of(text.split("\r?\n", -1));
    }

    /** The 1-based line of the top-level key {@code id}, or 0. */
    int entry(String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether {@code field} of entry {@code id} is written on its line in braces ({@code bio: {pl: …, en: …}}). */
    boolean inBraces(String id, String field) {
        int line = field(id, field);
        if (line == 0) {
            return false;
        }
        String text = lines.get(line - 1).strip();
        return text.startsWith(field + ":") && text.substring(field.length() + 1).strip().startsWith("{");
    }

    /** The line of {@code field} inside entry {@code id}, else the entry's line. */
    int field(String id, String field) {
        int start = entry(id);
        if (start == 0) {
            return 0;
        }
        for (int i = start; i < lines.size() && (lines.get(i).isBlank() || Character.isWhitespace(lines.get(i).charAt(0))); i++) {
            if (lines.get(i).strip().startsWith(field + ":")) {
                return i + 1;
            }
        }
        return start;
    }
}
