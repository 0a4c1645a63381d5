package guide.dashboard;

import java.util.Map;

/**
 * Where one language stands: how many of its pages are in each state, as the dashboard shows them
 * ({@link DashboardState}), and how many are done. Pages whose source is in this language count as {@code sources}; the
 * others are the language's translations. A translation marked "Not fully translated" (still in part its source's text or
 * tags) is counted in its state, current perhaps, but is not done: the overview's progress and the line at the top of
 * the dashboard ("1 needs work") count the same pages.
 *
 * @param name    the language's English name, e.g. "Polish"
 * @param sources the number of pages written in this language
 * @param counts  the number of translations per state
 * @param done    the number of translations that need no work: current, and not marked
 */
public record LanguageOverview(String lang, String name, int sources, Map<DashboardState, Integer> counts, int done) {

    public LanguageOverview {
        counts = Map.copyOf(counts);
    }

    public int count(DashboardState status) {
        return counts.getOrDefault(status, 0);
    }

    /** The pages this language should have in translation: all but those it is the source of. */
    public int translations() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The current translations marked "Not fully translated": current by their stamps, but not done. */
    public int currentButUntranslated() {
        return count(DashboardState.CURRENT) - done;
    }

    /**
     * The per cent of the translations that are done, rounded to the nearest (half up), except at the ends: 100 only when
     * all are done (and when there are none to make), 0 only when none is; so 1 of 300 shows 1 %, not 0 %, and 299 of 300
     * shows 99 %, not 100 %.
     */
    public int percentDone() {
        long all = translations();
        if (done >= all) {
            return 100;
        }
        if (done <= 0) {
            return 0;
        }
        long nearest = (200L * done + all) / (2 * all);
        return (int) Math.max(1, Math.min(99, nearest));
    }
}
