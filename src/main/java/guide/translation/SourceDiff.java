package guide.translation;

import guide.content.ContentDocument;
import guide.content.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed in a source since a translation's stamp: the stamp's block hashes against the
 * source's blocks now, aligned by longest common subsequence. Between two unchanged blocks,
 * removed and added blocks pair up as edited; the rest are added or removed. An unchanged block
 * (or summary) the stamp lists to review ({@link SourceRevision#review}) is listed too, in its
 * place, as {@link SourceChange.Kind#REVIEW}: it is what is left to do of the translation.
 */
public final class SourceDiff {
    private SourceDiff() {
    }

    public static List<SourceChange> between(SourceRevision stamped, String title, String body) {
        return located(stamped, title, body).stream().map(BlockChange::change).toList();
    }

    /**
     * What changed in a source document since the stamp: its blocks, and its summary where the stamp
     * tracks it (named after a change of the title, where readers see it: under the title).
     */
    public static List<SourceChange> between(SourceRevision stamped, ContentDocument source) {
        return between(stamped, source, Optional.empty());
    }

    /** Likewise, with the old text of edited blocks and summary where {@code old}, the stamped source, has it. */
    public static List<SourceChange> between(SourceRevision stamped, ContentDocument source, Optional<StampedSource> old) {
        List<BlockChange> blocks = located(stamped, source.title(), source.body(), old);
        List<SourceChange> changes = new ArrayList<>(blocks.stream().map(BlockChange::change).toList());
        summaryChange(stamped, source.summary(), old).ifPresent(change -> {
            int afterTitle = !blocks.isEmpty() && blocks.get(0).aboutTitle() ? 1 : 0;
            changes.add(afterTitle, change);
        });
        return changes;
    }

    /**
     * The change of the summary since the stamp (added, removed or edited), if the stamp tracks it and it changed; if it
     * did not, the summary to review when the stamp lists it so.
     */
    public static Optional<SourceChange> summaryChange(SourceRevision stamped, String summary) {
        return summaryChange(stamped, summary, Optional.empty());
    }

    /** Likewise, with the old summary of an edited one where {@code old}, the stamped source, has it. */
    public static Optional<SourceChange> summaryChange(SourceRevision stamped, String summary, Optional<StampedSource> old) {
        String now = SourceRevision.summaryHash(summary);
        if (stamped.summary() == null || stamped.summary().equals(now)) {
            boolean review = stamped.summary() != null && summary != null && stamped.review().contains(SourceRevision.REVIEW_SUMMARY);
            return review ? Optional.of(new SourceChange(SourceChange.Kind.REVIEW, Whitespace.collapse(summary.strip()),
                    SourceChange.Part.SUMMARY)) : Optional.empty();
        }
        SourceChange.Kind kind = stamped.summary().equals(SourceRevision.NO_SUMMARY) ? SourceChange.Kind.ADDED
                : now.equals(SourceRevision.NO_SUMMARY) ? SourceChange.Kind.REMOVED : SourceChange.Kind.EDITED;
        String text = kind == SourceChange.Kind.REMOVED ? "" : Whitespace.collapse(summary.strip());
        String before = kind == SourceChange.Kind.EDITED ? old.map(StampedSource::summary).orElse(null) : null;
        return Optional.of(new SourceChange(kind, text, SourceChange.Part.SUMMARY, before));
    }

    /** The same changes (and blocks to review) with their places in the source now and in the stamped source. */
    public static List<BlockChange> located(SourceRevision stamped, String title, String body) {
        return located(stamped, title, body, Optional.empty());
    }

    /** Likewise, edited blocks with their old text where {@code stampedSource} has it. */
    public static List<BlockChange> located(SourceRevision stamped, String title, String body, Optional<StampedSource> stampedSource) {
        List<String> old = stamped.blocks();
        List<String> texts = SourceRevision.shownBlocks(title, body);
        List<String> now = SourceRevision.of(stamped.lang(), title, body).blocks();
        int[][] lcs = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                lcs[i][j] = old.get(i).equals(now.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<BlockChange> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        int runStart = 0;
        int removed = 0;
        List<Integer> added = new ArrayList<>();
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
                flush(runStart, removed, added, texts, j, changes);
                if (stamped.review().contains(old.get(i))) {
                    changes.add(new BlockChange(SourceChange.Kind.REVIEW, j, i, texts.get(j)));
                }
                removed = 0;
                added.clear();
                i++;
                j++;
                runStart = i;
            } else if (j < now.size() && (i == old.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(j++);
            } else {
                removed++;
                i++;
            }
        }
        flush(runStart, removed, added, texts, j, changes);
        return stampedSource.isEmpty() ? changes : changes.stream().map(c -> c.kind() != SourceChange.Kind.EDITED ? c
                : new BlockChange(c.kind(), c.block(), c.stamped(), c.text(), stampedSource.get().block(stamped, c.stamped()).orElse(null))).toList();
    }

    /**
     * One run of changes between unchanged blocks.
     *
     * @param first the stamped index of the run's first removed block
     * @param next  the index (now) of the block after the run
     */
    private static void flush(int first, int removed, List<Integer> added, List<String> texts, int next, List<BlockChange> changes) {
        int edited = Math.min(removed, added.size());
        int before = next - added.size() - 1;
        for (int k = 0; k < added.size(); k++) {
            int block = added.get(k);
            changes.add(k < edited
                    ? new BlockChange(SourceChange.Kind.EDITED, block, first + k, texts.get(block))
                    : new BlockChange(SourceChange.Kind.ADDED, block, first + removed - 1, texts.get(block)));
        }
        for (int k = edited; k < removed; k++) {
            changes.add(new BlockChange(SourceChange.Kind.REMOVED, Math.max(before, 0), first + k, before >= 0 ? texts.get(before) : ""));
        }
    }
}
