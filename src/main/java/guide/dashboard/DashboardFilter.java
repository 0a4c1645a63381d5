package guide.dashboard;

import java.util.List;

/**
 * Which entries the dashboard lists: one language or all, one state or all. Read from the page's
 * query ({@code ?lang=en&state=outdated}), so the filters are plain links that work without
 * JavaScript. A value that is not a language or state of the site (a typo in a bookmarked or
 * hand-edited address) filters nothing, and is kept so that the page can say which value it did
 * not know and which it does: silently showing everything would look like the filter's answer.
 *
 * @param lang         a language code, or null for all
 * @param state        a state, or null for all
 * @param unknownLang  the query's {@code lang} when it is no language of the site, else null
 * @param unknownState the query's {@code state} when it is no state, else null
 */
public record DashboardFilter(String lang, DashboardState state, String unknownLang, String unknownState) {

    /** A filter of known values only, as the page's own links make. */
    public DashboardFilter(String lang, DashboardState state) {
        this(lang, state, null, null);
    }

    /**
     * The filter the page's query asks for. An empty value ({@code ?lang=}) means all, as a form's empty choice does.
     *
     * @param lang      the query's {@code lang}, or null
     * @param state     the query's {@code state}, or null
     * @param languages the site's languages, the only ones accepted
     */
    public static DashboardFilter of(String lang, String state, List<String> languages) {
        String code = blank(lang) ? null : languages.stream().filter(l -> l.equalsIgnoreCase(lang.strip())).findFirst().orElse(null);
        DashboardState status = blank(state) ? null : DashboardState.of(state.strip()).orElse(null);
        return new DashboardFilter(code, status, blank(lang) || code != null ? null : lang, blank(state) || status != null ? null : state);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    boolean accepts(DashboardEntry entry) {
        return (lang == null || lang.equals(entry.lang())) && (state == null || state == entry.state());
    }

    /** The query of this filter with one part changed ({@code null} value: all); a value the filter did not know is left out. */
    public String withLang(String value) {
        return query(value, state);
    }

    public String withState(DashboardState value) {
        return query(lang, value);
    }

    private static String query(String lang, DashboardState state) {
        String q = (lang == null ? "" : "&lang=" + lang) + (state == null ? "" : "&state=" + state.word());
        return q.isEmpty() ? "?" : "?" + q.substring(1);
    }
}
