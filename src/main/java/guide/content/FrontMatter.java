package guide.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code key=value} header of a content file, with the line each key stood on,
 * and the Markdown body that follows the {@code ~~~~~~} separator.
 */
public record FrontMatter(Map<String, String> values, Map<String, Integer> lines, String body, int bodyStartLine) {

    public FrontMatter {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    public String get(String key) {
        return values.get(key);
    }

    /** The line of a key, or 1 (the top of the file) when the key is absent. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
