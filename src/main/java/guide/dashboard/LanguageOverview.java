package guide.dashboard;

import java.util.Map;

/**
 * Where one language stands: how many of its pages are in each state, as the dashboard shows them
 * ({@link DashboardState}). Pages whose source is in this language count as {@code sources}; the
 * others are the language's translations.
 *
 * @param name    the language's English name, e.g. "Polish"
 * @param sources the number of pages written in this language
 * @param counts  the number of translations per state
 */
public record LanguageOverview(String lang, String name, int sources, Map<DashboardState, Integer> counts) {

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

    /** Whole per cent of the translations that are current (100 when there are none to make). */
    public int percentCurrent() {
        return translations() == 0 ? 100 : (int) Math.floor(100.0 * count(DashboardState.CURRENT) / translations());
    }
}
