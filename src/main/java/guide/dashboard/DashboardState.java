package guide.dashboard;

import guide.translation.TranslationState.Status;

import java.util.Locale;
import java.util.Optional;

/**
 * The states the dashboard shows, counts and filters by, most urgent first: the report's statuses, and the two that
 * {@code ./guide translations} shows for pages it could not read ({@link guide.translation.ShownStates}):
 * {@code unreadable}, a translation that is there but cannot be read (not missing: there is nothing to start), and
 * {@code unknown}, a translation whose source cannot be read (not orphaned: it is not to be deleted). Counting them
 * under "missing" or "orphaned" would send an editor to start or delete a page that needs neither.
 */
public enum DashboardState {
    OUTDATED("Outdated"),
    MISSING("Missing"),
    UNREADABLE("Unreadable"),
    UNKNOWN("Unknown"),
    ORPHANED("Orphaned"),
    DRAFT("Draft"),
    CURRENT("Current");

    private final String label;

    DashboardState(String label) {
        this.label = label;
    }

    /** The word of the report and of the filter's address: "outdated", "unknown". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The badge's and the filter link's word: "Outdated", "Unknown". */
    public String label() {
        return label;
    }

    /** True for the states only a page that cannot be read leads to: counted and offered as a filter only when there are some. */
    public boolean rare() {
        return this == UNREADABLE || this == UNKNOWN;
    }

    /** The state an entry is shown in. */
    public static DashboardState of(DashboardEntry entry) {
        if (entry.status() == Status.MISSING && entry.file() != null) {
            return UNREADABLE;
        }
        if (entry.sourceUnreadable()) {
            return UNKNOWN;
        }
        return valueOf(entry.status().name());
    }

    /** The state a word of an address names, if any ("outdated", "Unknown"). */
    static Optional<DashboardState> of(String word) {
        for (DashboardState state : values()) {
            if (state.word().equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
