package guide.translation.xliff;

import guide.translation.SourceRevision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For each block of a source as it is now, what became of it since a translation's stamp: the
 * same block (unchanged), an edited one, or a new one; and which block of the stamp (and so of the
 * translation, made from that revision) it corresponds to. The stamp's block hashes and today's
 * are aligned by longest common subsequence, as {@link guide.translation.SourceDiff} does; in a run
 * of changes between two unchanged blocks, removed and added blocks pair up as edited.
 */
final class BlockStates {
    /** What became of one block. */
    enum Change { UNCHANGED, EDITED, ADDED }

    private final Change[] changes;
    private final int[] stampedBlock;

    private BlockStates(Change[] changes, int[] stampedBlock) {
        this.changes = changes;
        this.stampedBlock = stampedBlock;
    }

    /** Every block unchanged, each its own counterpart (a translation stamped with this very revision). */
    static BlockStates same(int blocks) {
        Change[] changes = new Change[blocks];
        Arrays.fill(changes, Change.UNCHANGED);
        int[] at = new int[blocks];
        Arrays.setAll(at, i -> i);
        return new BlockStates(changes, at);
    }

    static BlockStates between(SourceRevision stamped, SourceRevision now) {
        List<String> old = stamped.blocks();
        List<String> cur = now.blocks();
        int[][] lcs = new int[old.size() + 1][cur.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = cur.size() - 1; j >= 0; j--) {
                lcs[i][j] = old.get(i).equals(cur.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Change[] changes = new Change[cur.size()];
        int[] at = new int[cur.size()];
        Arrays.fill(at, -1);
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < cur.size()) {
            if (i < old.size() && j < cur.size() && old.get(i).equals(cur.get(j))) {
                pairRun(removed, added, changes, at);
                changes[j] = Change.UNCHANGED;
                at[j++] = i++;
            } else if (j < cur.size() && (i == old.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        pairRun(removed, added, changes, at);
        return new BlockStates(changes, at);
    }

    private static void pairRun(List<Integer> removed, List<Integer> added, Change[] changes, int[] at) {
        for (int k = 0; k < added.size(); k++) {
            int block = added.get(k);
            changes[block] = k < removed.size() ? Change.EDITED : Change.ADDED;
            at[block] = k < removed.size() ? removed.get(k) : -1;
        }
        removed.clear();
        added.clear();
    }

    Change change(int block) {
        return block >= 0 && block < changes.length ? changes[block] : Change.ADDED;
    }

    /** The stamp's block that {@code block} of today's source corresponds to, or -1 for a new block. */
    int stampedBlock(int block) {
        return block >= 0 && block < stampedBlock.length ? stampedBlock[block] : -1;
    }
}
