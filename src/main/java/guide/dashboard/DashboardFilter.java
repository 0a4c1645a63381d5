package guide.dashboard;

import guide.translation.Urgency;
import guide.translation.TranslationState.Status;

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

    /**
     * The filter the page's query asks for.
     *
     * @param lang      the query's {@code lang}, or null
     * @param state     the query's {@code state}, or null
     * @param languages the site's languages, the only ones accepted
     */
    public static DashboardFilter of(String lang, String state, List<String> languages) {
        return new DashboardFilter(lang != null && languages.contains(lang) ? lang : null, state == null ? null : status(state).orElse(null));
    }

    private static Optional<Status> status(String word) {
        return Urgency.states().stream().filter(s -> s.word().equals(word.toLowerCase(Locale.ROOT))).findFirst();
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
