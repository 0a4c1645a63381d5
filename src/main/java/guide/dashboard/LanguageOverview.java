package guide.dashboard;

import guide.translation.TranslationState.Status;

import java.util.Map;

/**
 * Where one language stands: how many of its pages are in each state. Pages whose source is in
 * this language count as {@code source}; the others are the language's translations.
 *
 * @param name   the language's English name, e.g. "Polish"
 * @param counts the number of pages per state, every state present
 */
public record LanguageOverview(String lang, String name, Map<Status, Integer> counts) {

    public LanguageOverview {
        counts = Map.copyOf(counts);
    }

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    /** The pages this language should have in translation: all but those it is the source of. */
    public int translations() {
        return counts.entrySet().stream().filter(e -> e.getKey() != Status.SOURCE).mapToInt(Map.Entry::getValue).sum();
    }

    /** Whole per cent of the translations that are current (100 when there are none to make). */
    public int percentCurrent() {
        return translations() == 0 ? 100 : (int) Math.floor(100.0 * count(Status.CURRENT) / translations());
    }
}
