package guide.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a value from a request's query string ({@code ?source=content/pl/a.md&to=en}): the
 * dashboard's filters, its downloads and the result of an import all come as query parameters.
 * Names and values are URL-decoded; a name without {@code =} has the empty value.
 */
final class QueryString {
    private QueryString() {
    }

    /** The first value of the parameter {@code name} in {@code rawQuery} (still encoded, or null for none). */
    static Optional<String> param(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
