package guide.translation;

import guide.translation.TranslationState.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state {@code ./guide translations} shows for each language of each key, once the pages that could not be read are
 * known ({@link UnreadTranslations}): its status, except {@code unreadable} for a page that is there but cannot be read
 * (a translation, or a source), {@code unknown} for a translation whose source cannot be read (it only looks orphaned:
 * nothing can say whether it is current), and {@code gone} for the source's place of a key whose source no longer
 * exists. The table, its summary line, {@code --json} and {@code --fail-on} all go by it, so they say the same.
 */
public final class ShownStates {
    public static final String UNREADABLE = "unreadable";
    public static final String UNKNOWN = "unknown";
    public static final String GONE = "gone";
    /** The summary's order: the statuses', an unreadable page after the missing ones, a translation of one after that. */
    private static final List<String> ORDER = List.of(Status.SOURCE.word(), Status.CURRENT.word(), Status.OUTDATED.word(),
            Status.MISSING.word(), UNREADABLE, UNKNOWN, Status.ORPHANED.word(), Status.DRAFT.word());

    private final UnreadTranslations unread;

    public ShownStates(UnreadTranslations unread) {
        this.unread = unread;
    }

    /** "source", "current", …, "unreadable", "unknown" or "gone". */
    public String word(TranslationState state) {
        if (state.sourceGone()) {
            return unread.sourceOf(state).isPresent() ? UNREADABLE : GONE;
        }
        if (unread.of(state).isPresent()) {
            return UNREADABLE;
        }
        if (state.status() == Status.ORPHANED && unread.sourceOf(state).isPresent()) {
            return UNKNOWN;
        }
        return state.status().word();
    }

    /** "6 keys: 5 source, 5 current, 1 unreadable, 1 unknown": how many of each state the table shows, but "gone". */
    public String summary(TranslationReport report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ORDER.forEach(word -> counts.put(word, 0L));
        report.all().stream().map(this::word).filter(counts::containsKey).forEach(word -> counts.merge(word, 1L, Long::sum));
        return report.byKey().size() + " keys: " + String.join(", ", counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).toList());
    }
}
