package guide.site;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Whether a name is one or two edits (a letter typed wrong, left out or added; two letters swapped) from another, as a
 * misspelt label or key is from the one meant ({@code editor-trail} and {@code editor-trial}, {@code odestki} and
 * {@code odsetki}). The distance is Apache Commons Text's Levenshtein distance, bounded at two so that names far apart
 * cost little to tell apart. A name is not near itself: the same name is no misspelling.
 */
public final class NearNames {
    private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);

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
}
