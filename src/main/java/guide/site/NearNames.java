package guide.site;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a name is one or two edits (a letter typed wrong, left out or added; two letters swapped) from another, as a
 * misspelt label or key is from the one meant ({@code editor-trail} and {@code editor-trial}, {@code odestki} and
 * {@code odsetki}). The distance is Apache Commons Text's Levenshtein distance, bounded at two so that names far apart
 * cost little to tell apart. A name is not near itself: the same name is no misspelling.
 *
 * <p>A broken address instead offers the few names most like it however far they are ({@link #closest}), the one
 * ranking the link check gives an anchor's sections and a quiz link's statements.
 */
public final class NearNames {
    private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);
    private static final LevenshteinDistance UNBOUNDED = LevenshteinDistance.getDefaultInstance();

    private NearNames() {
    }

    /** Whether {@code a} and {@code b} differ, by one or two edits. */
    public static boolean near(String a, String b) {
        return WITHIN_TWO.apply(a, b) > 0;
    }

    /** Of {@code candidates}, the one nearest {@code name} (fewest edits, then first in alphabetical order), if one is near. */
    public static Optional<String> nearest(String name, Collection<String> candidates) {
        return candidates.stream().filter(c -> near(name, c))
                .min(Comparator.comparingInt((String c) -> WITHIN_TWO.apply(name, c)).thenComparing(Comparator.naturalOrder()));
    }

    /**
     * The {@code count} candidates most like {@code name}, however many edits away: fewest edits first, then fewest edits in
     * all, then in alphabetical order. A candidate that begins as {@code name} does counts as one edit away: {@code when}
     * was cut short from {@code when-to-send-a-reminder}, not misspelt from {@code silence}, which is fewer letters away.
     */
    public static List<String> closest(String name, Collection<String> candidates, int count) {
        return candidates.stream().sorted(Comparator.comparingInt((String c) -> likeness(name, c))
                .thenComparingInt(c -> UNBOUNDED.apply(name, c)).thenComparing(Comparator.naturalOrder())).limit(count).toList();
    }

    private static int likeness(String name, String candidate) {
        int whole = UNBOUNDED.apply(name, candidate);
        return candidate.length() > name.length() ? Math.min(whole, UNBOUNDED.apply(name, candidate.substring(0, name.length())) + 1) : whole;
    }
}
