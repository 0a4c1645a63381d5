package guide.dashboard;

import java.util.List;

/**
 * Which entries the dashboard lists: one language or all, one state or all, and all pages or only those marked "Not fully
 * translated" (a published translation still in part its source's text or tags, whatever its state). Read from the page's
 * query ({@code ?lang=en&state=outdated&mark=untranslated}), so the filters are plain links that work without
 * JavaScript. A value that is not a language, state or mark of the site (a typo in a bookmarked or hand-edited address)
 * filters nothing, and is kept so that the page can say which value it did not know and which it does: silently showing
 * everything would look like the filter's answer.
 *
 * @param lang         a language code, or null for all
 * @param state        a state, or null for all
 * @param untranslated true for only the pages marked "Not fully translated"
 * @param unknownLang  the query's {@code lang} when it is no language of the site, else null
 * @param unknownState the query's {@code state} when it is no state, else null
 * @param unknownMark  the query's {@code mark} when it is not {@value #UNTRANSLATED}, else null
 */
public record DashboardFilter(String lang, DashboardState state, boolean untranslated, String unknownLang, String unknownState,
                              String unknownMark) {
    /** The address's word for the mark "Not fully translated": {@code ?mark=untranslated}, as the report's JSON names it. */
    public static final String UNTRANSLATED = "untranslated";

    /** A filter of known values only, as the page's own links make. */
    public DashboardFilter(String lang, DashboardState state, boolean untranslated) {
        this(lang, state, untranslated, null, null, null);
    }

    /** The filter the page's query asks for, with no {@code mark}. */
    public static DashboardFilter of(String lang, String state, List<String> languages) {
        return of(lang, state, null, languages);
    }

    /**
     * The filter the page's query asks for. An empty value ({@code ?lang=}) means all, as a form's empty choice does.
     *
     * @param lang      the query's {@code lang}, or null
     * @param state     the query's {@code state}, or null
     * @param mark      the query's {@code mark}, or null
     * @param languages the site's languages, the only ones accepted
     */
    public static DashboardFilter of(String lang, String state, String mark, List<String> languages) {
        String code = blank(lang) ? null : languages.stream().filter(l -> l.equalsIgnoreCase(lang.strip())).findFirst().orElse(null);
        DashboardState status = blank(state) ? null : DashboardState.of(state.strip()).orElse(null);
        boolean marked = !blank(mark) && mark.strip().equalsIgnoreCase(UNTRANSLATED);
        return new DashboardFilter(code, status, marked, blank(lang) || code != null ? null : lang, blank(state) || status != null ? null : state,
                blank(mark) || marked ? null : mark);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    boolean accepts(DashboardEntry entry) {
        return (lang == null || lang.equals(entry.lang())) && (state == null || state == entry.state()) && (!untranslated || entry.marked());
    }

    /** The query of this filter with one part changed ({@code null} value: all); a value the filter did not know is left out. */
    public String withLang(String value) {
        return query(value, state, untranslated);
    }

    public String withState(DashboardState value) {
        return query(lang, value, untranslated);
    }

    /** @param value true for only the pages marked "Not fully translated", false for all */
    public String withUntranslated(boolean value) {
        return query(lang, state, value);
    }

    /** This filter with only the mark changed, as its link would make it. */
    DashboardFilter untranslated(boolean value) {
        return new DashboardFilter(lang, state, value);
    }

    private static String query(String lang, DashboardState state, boolean untranslated) {
        String q = (lang == null ? "" : "&lang=" + lang) + (state == null ? "" : "&state=" + state.word()) + (untranslated ? "&mark=" + UNTRANSLATED : "");
        return q.isEmpty() ? "?" : "?" + q.substring(1);
    }
}
