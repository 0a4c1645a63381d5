package guide.translation.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pairs the parts of a source and a translation by key (a heading's {@code {#id}}, a footnote's
 * label, ...), keeping both orders: the longest common run of keys pairs up. A part of the source
 * with no counterpart pairs with nothing; a part of the translation with no counterpart joins the
 * pair before it (it follows that part in the translation, and goes back with it), or the pair
 * after it when none comes before.
 */
final class PartMatcher {
    private PartMatcher() {
    }

    /** The pairs in order; empty when not one key matches, so the translation's parts have nowhere to go. */
    static Optional<List<PartPair>> match(List<BodyPart> source, List<BodyPart> translation) {
        int[][] lcs = lcs(source, translation);
        if (lcs[0][0] == 0 && !translation.isEmpty()) {
            return Optional.empty();
        }
        List<BodyPart> sources = new ArrayList<>();
        List<List<BodyPart>> targets = new ArrayList<>();
        List<BodyPart> waiting = new ArrayList<>();
        int lastMatched = -1;
        int i = 0;
        int j = 0;
        while (i < source.size() || j < translation.size()) {
            if (i < source.size() && j < translation.size() && source.get(i).key().equals(translation.get(j).key())) {
                List<BodyPart> target = new ArrayList<>(waiting);
                waiting.clear();
                target.add(translation.get(j++));
                sources.add(source.get(i++));
                targets.add(target);
                lastMatched = targets.size() - 1;
            } else if (j < translation.size() && (i == source.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                (lastMatched >= 0 ? targets.get(lastMatched) : waiting).add(translation.get(j++));
            } else {
                sources.add(source.get(i++));
                targets.add(new ArrayList<>());
            }
        }
        List<PartPair> pairs = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            pairs.add(new PartPair(sources.get(k), targets.get(k)));
        }
        return Optional.of(pairs);
    }

    /** How many parts pair up by key. */
    static int matching(List<BodyPart> source, List<BodyPart> translation) {
        return lcs(source, translation)[0][0];
    }

    private static int[][] lcs(List<BodyPart> source, List<BodyPart> translation) {
        int[][] lcs = new int[source.size() + 1][translation.size() + 1];
        for (int i = source.size() - 1; i >= 0; i--) {
            for (int j = translation.size() - 1; j >= 0; j--) {
                lcs[i][j] = source.get(i).key().equals(translation.get(j).key()) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return lcs;
    }
}
