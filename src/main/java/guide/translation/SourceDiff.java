package guide.translation;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed in a source since a translation's stamp: the stamp's block hashes against the
 * source's blocks now, aligned by longest common subsequence. Between two unchanged blocks,
 * removed and added blocks pair up as edited; the rest are added or removed.
 */
public final class SourceDiff {
    private SourceDiff() {
    }

    public static List<SourceChange> between(SourceRevision stamped, String title, String body) {
        List<String> old = stamped.blocks();
        List<String> texts = SourceRevision.blocks(title, body);
        List<String> now = SourceRevision.of(stamped.lang(), title, body).blocks();
        int[][] lcs = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                lcs[i][j] = old.get(i).equals(now.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<SourceChange> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        int removed = 0;
        List<Integer> added = new ArrayList<>();
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
                flush(removed, added, texts, j, changes);
                removed = 0;
                added.clear();
                i++;
                j++;
            } else if (j < now.size() && (i == old.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(j++);
            } else {
                removed++;
                i++;
            }
        }
        flush(removed, added, texts, j, changes);
        return changes;
    }

    /** One run of changes between unchanged blocks; {@code next} is the index of the block after the run. */
    private static void flush(int removed, List<Integer> added, List<String> texts, int next, List<SourceChange> changes) {
        int edited = Math.min(removed, added.size());
        for (int k = 0; k < added.size(); k++) {
            changes.add(new SourceChange(k < edited ? SourceChange.Kind.EDITED : SourceChange.Kind.ADDED, texts.get(added.get(k))));
        }
        int before = next - added.size() - 1;
        for (int k = edited; k < removed; k++) {
            changes.add(new SourceChange(SourceChange.Kind.REMOVED, before >= 0 ? texts.get(before) : ""));
        }
    }
}
