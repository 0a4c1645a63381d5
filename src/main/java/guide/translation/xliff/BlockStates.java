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
 * of changes between two unchanged blocks, removed and added blocks pair up as edited. An unchanged
 * block the stamp lists to review ({@link SourceRevision#review}) is to review all the same.
 */
final class BlockStates {
    /** What became of one block. */
    enum Change { UNCHANGED, EDITED, ADDED }

    private final Change[] changes;
    private final boolean[] review;
    private final int[] stampedBlock;
    private final boolean[] mapped;
    private final int firstMapped;

    /**
     * The blocks of the stamp that a part of today's source stands for: from {@code lo} to
     * {@code hi}, the stamp's blocks its own blocks came from plus the ones removed since right
     * after them (or, for the first part, right before it). {@code lo > hi} when none of its blocks
     * was in the stamp.
     *
     * @param changed true when one of its blocks was edited or added, or one removed, since the stamp
     * @param review  true when the stamp lists one of its blocks, unchanged, to review
     */
    record Span(int lo, int hi, boolean changed, boolean review) {
        boolean isEmpty() {
            return lo > hi;
        }

        /** True when the part has text and none of it was in the stamp: the whole part is new. */
        boolean isNew() {
            return isEmpty() && changed;
        }

        int length() {
            return Math.max(0, hi - lo + 1);
        }
    }

    private BlockStates(Change[] changes, boolean[] review, int[] stampedBlock, int stampedCount) {
        this.changes = changes;
        this.review = review;
        this.stampedBlock = stampedBlock;
        this.mapped = new boolean[stampedCount];
        int first = Integer.MAX_VALUE;
        for (int block = 0; block < stampedBlock.length; block++) {
            int s = stampedBlock[block];
            if (s >= 0 && s < stampedCount) {
                mapped[s] = true;
                if (s >= 1) {
                    first = Math.min(first, s);
                }
            }
        }
        this.firstMapped = first;
    }

    /** Every block unchanged, each its own counterpart (a translation stamped with this very revision). */
    static BlockStates same(int blocks) {
        Change[] changes = new Change[blocks];
        Arrays.fill(changes, Change.UNCHANGED);
        int[] at = new int[blocks];
        Arrays.setAll(at, i -> i);
        return new BlockStates(changes, new boolean[blocks], at, blocks);
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
        boolean[] review = new boolean[cur.size()];
        for (int block = 0; block < cur.size(); block++) {
            review[block] = changes[block] == Change.UNCHANGED && stamped.review().contains(cur.get(block));
        }
        return new BlockStates(changes, review, at, old.size());
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

    /** True for a block unchanged since the stamp that the stamp lists to review. */
    boolean toReview(int block) {
        return block >= 0 && block < review.length && review[block];
    }

    /** True for a block that is current: unchanged since the stamp, and not listed to review. */
    boolean current(int block) {
        return change(block) == Change.UNCHANGED && !toReview(block);
    }

    /** What the stamp had of the part made of today's body blocks {@code blocks}. */
    Span span(List<Integer> blocks) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        int count = 0;
        boolean changed = false;
        boolean listed = false;
        for (int block : blocks) {
            int s = stampedBlock(block);
            changed |= change(block) != Change.UNCHANGED;
            listed |= toReview(block);
            if (s >= 1) {
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
                count++;
            }
        }
        if (hi < 0) {
            return new Span(1, 0, !blocks.isEmpty(), listed);
        }
        while (hi + 1 < mapped.length && !mapped[hi + 1]) {
            hi++;
        }
        boolean first = lo == firstMapped;
        while (first && lo - 1 >= 1 && !mapped[lo - 1]) {
            lo--;
        }
        return new Span(lo, hi, changed || hi - lo + 1 > count, listed);
    }

    /** The stamp's block that {@code block} of today's source corresponds to, or -1 for a new block. */
    int stampedBlock(int block) {
        return block >= 0 && block < stampedBlock.length ? stampedBlock[block] : -1;
    }
}
