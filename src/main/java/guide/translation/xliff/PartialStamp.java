package guide.translation.xliff;

import guide.translation.SourceRevision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stamp an import writes when the file still marks some units to review or translate: the
 * translation's own stamp moved on for the units the file marks done, and only for them. Block by
 * block (as {@link SourceRevision} counts them), a block of a unit marked done gets today's hash,
 * so the next report and export count it as translated; a block of a unit still to review keeps
 * the hash the old stamp had for it (edited since), a new block still to translate stays out of
 * the stamp (added since), and a block removed since stays in it where a whole section still to
 * review had it. The stamp keeps the old whole-text hash: the translation stays outdated, and the
 * report still finds the stamped version in git to show what changed in the blocks left. A unit
 * still to review whose source did not change since the old stamp has nothing of its own to show
 * there, so the stamp lists it ({@link SourceRevision#review}: its blocks' hashes, or the summary):
 * the report names it, and the next export marks it to review again.
 */
final class PartialStamp {
    private PartialStamp() {
    }

    /**
     * @param old     the translation's own stamp, before the import
     * @param now     the revision the file was exported from, which is the source's as it is now
     * @param file    the file, with its units' states and its skeleton
     * @param body    the source's body, as the skeleton filled with the units' sources gives it
     * @param settled the units done whatever their state says: the sections the translation leaves out as the export allowed, and
     *                in a translation current with the export, the draft's parts it left to translate (the stamp covers them)
     * @return the stamp to write; empty when it would say nothing the old one does not (every unit marked
     *         done was unchanged since the old stamp, and the same units are left to review), so the old stamp stays
     */
    static Optional<SourceRevision> of(SourceRevision old, SourceRevision now, XliffFile file, String body, Set<String> settled) {
        Set<Integer> pending = new HashSet<>();
        Set<Integer> keptRemoved = new HashSet<>();
        Set<Integer> unchanged = new TreeSet<>();
        BlockStates states = BlockStates.between(old, now);
        BodyBlocks blocks = new BodyBlocks(body);
        Map<String, int[]> offsets = file.skeleton().offsets(id -> file.unit(id).map(u -> u.source().markdown()).orElse(""));
        for (ReadUnit unit : file.units()) {
            if (!unit.pending() || settled.contains(unit.id()) || unit.id().equals(Unit.SUMMARY)) {
                continue;
            }
            if (unit.id().equals(Unit.TITLE)) {
                pending.add(0);
                if (states.change(0) == BlockStates.Change.UNCHANGED) {
                    unchanged.add(0);
                }
                continue;
            }
            int[] at = offsets.get(unit.id());
            if (at == null) {
                continue;
            }
            List<Integer> covered = blocks.overlapping(new TextRange(at[0], at[1]));
            pending.addAll(covered);
            boolean changed = covered.stream().anyMatch(b -> states.change(b) != BlockStates.Change.UNCHANGED);
            if (Unit.isSection(unit.id())) {
                BlockStates.Span span = states.span(covered);
                for (int s = span.lo(); s <= span.hi(); s++) {
                    keptRemoved.add(s);
                }
                changed = span.changed();
            }
            if (!changed) {
                unchanged.addAll(covered);
            }
        }
        boolean summaryPending = file.unit(Unit.SUMMARY).filter(u -> !settled.contains(u.id())).map(ReadUnit::pending).orElse(false);
        List<String> hashes = hashes(old, now, states, pending, keptRemoved);
        String summary = summaryPending ? old.summary() : now.summary();
        List<String> review = review(now, unchanged, summaryPending && old.summary() != null && old.summary().equals(now.summary()));
        if (hashes.equals(old.blocks()) && Objects.equals(summary, old.summary()) && review.equals(old.review())) {
            return Optional.empty();
        }
        return Optional.of(new SourceRevision(old.lang(), old.hash(), hashes, summary, file.targetLang(), review));
    }

    /**
     * What the stamp lists to review: the hashes of today's blocks {@code unchanged} (each once), the summary
     * ({@link SourceRevision#REVIEW_SUMMARY}) after the title's when {@code summary}.
     */
    private static List<String> review(SourceRevision now, Set<Integer> unchanged, boolean summary) {
        Set<String> review = new LinkedHashSet<>();
        for (int block : unchanged) {
            if (block > 0 && summary) {
                review.add(SourceRevision.REVIEW_SUMMARY);
            }
            review.add(now.blocks().get(block));
        }
        if (summary) {
            review.add(SourceRevision.REVIEW_SUMMARY);
        }
        return List.copyOf(review);
    }

    /** Today's blocks in order, each with the hash it gets, and the removed blocks kept, where they were. */
    private static List<String> hashes(SourceRevision old, SourceRevision now, BlockStates states, Set<Integer> pending, Set<Integer> keptRemoved) {
        record Placed(int after, int order, String hash) {
        }
        List<Placed> placed = new ArrayList<>();
        boolean[] mapped = new boolean[old.blocks().size()];
        for (int block = 0; block < now.blocks().size(); block++) {
            int stamped = states.stampedBlock(block);
            if (stamped >= 0) {
                mapped[stamped] = true;
            }
            BlockStates.Change change = states.change(block);
            if (!pending.contains(block) || change == BlockStates.Change.UNCHANGED) {
                placed.add(new Placed(block, -1, now.blocks().get(block)));
            } else if (change == BlockStates.Change.EDITED) {
                placed.add(new Placed(block, -1, old.blocks().get(stamped)));
            }
        }
        for (int s = 0; s < mapped.length; s++) {
            if (!mapped[s] && keptRemoved.contains(s)) {
                placed.add(new Placed(lastBlockBefore(states, now.blocks().size(), s), s, old.blocks().get(s)));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::after).thenComparingInt(Placed::order));
        return placed.stream().map(Placed::hash).toList();
    }

    /** Today's last block whose stamped counterpart comes before the stamp's block {@code s}, or -1. */
    private static int lastBlockBefore(BlockStates states, int count, int s) {
        int last = -1;
        for (int block = 0; block < count; block++) {
            int stamped = states.stampedBlock(block);
            if (stamped >= 0 && stamped < s) {
                last = block;
            }
        }
        return last;
    }
}
