package guide.dashboard;

import guide.translation.TranslationState.Status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which entries the dashboard lists: one language or all, one state or all. Read from the page's
 * query ({@code ?lang=en&state=outdated}), so the filters are plain links that work without
 * JavaScript; values that are not a language or state of the site are ignored.
 *
 * @param lang  a language code, or null for all
 * @param state a state, or null for all
 */
public record DashboardFilter(String lang, Status state) {

    /** @param languages the site's languages, the only ones accepted */
    public static DashboardFilter parse(String rawQuery, List<String> languages) {
        String lang = param(rawQuery, "lang").filter(languages::contains).orElse(null);
        Status state = param(rawQuery, "state").flatMap(DashboardFilter::status).orElse(null);
        return new DashboardFilter(lang, state);
    }

    private static Optional<Status> status(String word) {
        return Urgency.states().stream().filter(s -> s.word().equals(word.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The first value of a query parameter. */
    public static Optional<String> param(String rawQuery, String name) {
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

    boolean accepts(DashboardEntry entry) {
        return (lang == null || lang.equals(entry.lang())) && (state == null || state == entry.status());
    }

    /** The query of this filter with one part changed ({@code null} value: all). */
    public String withLang(String value) {
        return query(value, state);
    }

    public String withState(Status value) {
        return query(lang, value);
    }

    private static String query(String lang, Status state) {
        String q = (lang == null ? "" : "&lang=" + lang) + (state == null ? "" : "&state=" + state.word());
        return q.isEmpty() ? "?" : "?" + q.substring(1);
    }
}
