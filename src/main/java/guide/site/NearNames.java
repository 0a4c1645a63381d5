package guide.site;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The guide's one measure of how near a name is to the one meant, for every "did you mean": the edits (a letter typed wrong,
 * left out or added; two letters swapped are two) of Apache Commons Text's Levenshtein distance, and the one ranking of
 * the names near enough, fewest edits first.
 *
 * <ul>
 * <li>A misspelt label or key ({@link #near}, {@link #nearest}) is one or two edits from the one meant ({@code editor-trail}
 * and {@code editor-trial}, {@code odestki} and {@code odsetki}); a name is not near itself: the same name is no misspelling.</li>
 * <li>A mistyped address or file name ({@link #typoOf}) may be a third of its length in edits, three at most ({@link #allowance}):
 * {@code x/} is no typo of {@code t/}. A caller with names of another kind sets its own allowance ({@link #nearestWithin}).</li>
 * <li>A broken anchor instead offers the few names most like it however far they are ({@link #closest}).</li>
 * </ul>
 * The distance is bounded at three, the most any allowance takes, so that names far apart cost little to tell apart.
 */
public final class NearNames {
    /** The most edits a name may be from the one meant, whatever its length. */
    private static final int MOST = 3;
    private static final LevenshteinDistance BOUNDED = new LevenshteinDistance(MOST);
    private static final LevenshteinDistance UNBOUNDED = LevenshteinDistance.getDefaultInstance();

    private NearNames() {
    }

    /** Whether {@code a} and {@code b} differ, by one or two edits. */
    public static boolean near(String a, String b) {
        int edits = edits(a, b);
        return edits > 0 && edits <= 2;
    }

    /** Of {@code candidates}, the one nearest {@code name} (fewest edits, then first in alphabetical order), if one is near. */
    public static Optional<String> nearest(String name, Collection<String> candidates) {
        return nearestWithin(name, candidates.stream().filter(c -> !c.equals(name)).toList(), c -> 2, Comparator.naturalOrder());
    }

    /** The edits a mistyped {@code name} may be from the one meant: a third of its length, three at most. */
    public static int allowance(String name) {
        return Math.min(MOST, name.length() / 3);
    }

    /**
     * Of {@code candidates}, the one {@code name} is most likely a typo of: within {@link #allowance} of it, fewest edits
     * first, then in alphabetical order.
     */
    public static Optional<String> typoOf(String name, Collection<String> candidates) {
        return typoOf(name, candidates, (a, b) -> 0);
    }

    /** As {@link #typoOf(String, Collection)}, with ties ranked by {@code ties} before the alphabet. */
    public static Optional<String> typoOf(String name, Collection<String> candidates, Comparator<String> ties) {
        int allowed = allowance(name);
        return nearestWithin(name, candidates, c -> allowed, ties.thenComparing(Comparator.naturalOrder()));
    }

    /**
     * Of {@code candidates}, the one fewest edits from {@code name} among those no more than {@code allowed} edits from it
     * (at most three, whatever it says), ties ranked by {@code ties}; one of them may be {@code name} itself.
     */
    public static Optional<String> nearestWithin(String name, Collection<String> candidates, ToIntFunction<String> allowed, Comparator<String> ties) {
        return candidates.stream().filter(c -> edits(name, c) <= Math.min(MOST, allowed.applyAsInt(c)))
                .min(Comparator.comparingInt((String c) -> edits(name, c)).thenComparing(ties));
    }

    /** The edits from {@code a} to {@code b}; beyond three, more than any allowance. */
    private static int edits(String a, String b) {
        int edits = BOUNDED.apply(a, b);
        return edits < 0 ? Integer.MAX_VALUE : edits;
    }

    /**
     * The {@code count} candidates most like {@code name}, however many edits away: fewest edits first, then fewest edits in
     * all, then in alphabetical order. A longer candidate counts as one edit more than its start, cut to {@code name}'s
     * length: {@code when} was cut short from {@code when-to-send-a-reminder}, not misspelt from {@code silence}, which is
     * fewer letters away. So does a later word of it (after a {@code -} or {@code _}) that is {@code name} or a typo of it
     * ({@link #allowance}): {@code copyright} is the id a heading had before it lost it and got {@code files-and-copyright}
     * from its text. A later word that is no such typo counts for nothing, so that it does not reorder names far from both.
     */
    public static List<String> closest(String name, Collection<String> candidates, int count) {
        return candidates.stream().sorted(Comparator.comparingInt((String c) -> likeness(name, c))
                .thenComparingInt(c -> UNBOUNDED.apply(name, c)).thenComparing(Comparator.naturalOrder())).limit(count).toList();
    }

    private static int likeness(String name, String candidate) {
        int best = UNBOUNDED.apply(name, candidate);
        if (candidate.length() <= name.length()) {
            return best;
        }
        best = Math.min(best, UNBOUNDED.apply(name, candidate.substring(0, name.length())) + 1);
        for (int start = nextWord(candidate, 0); start < candidate.length() && start + name.length() <= candidate.length(); start = nextWord(candidate, start)) {
            int edits = UNBOUNDED.apply(name, candidate.substring(start, start + name.length()));
            if (edits <= allowance(name)) {
                best = Math.min(best, edits + 1);
            }
        }
        return best;
    }

    /** Where the word after the one at {@code start} begins: after the next {@code -} or {@code _}, or the end. */
    private static int nextWord(String id, int start) {
        for (int i = start; i < id.length(); i++) {
            if (id.charAt(i) == '-' || id.charAt(i) == '_') {
                return i + 1;
            }
        }
        return id.length();
    }
}
