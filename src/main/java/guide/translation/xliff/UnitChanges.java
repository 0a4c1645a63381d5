package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.translation.BlockChange;
import guide.translation.SourceChange;
import guide.translation.SourceDiff;
import guide.translation.SourceRevision;
import guide.translation.StampedSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed in the source of each unit to review since the translation's stamp, as {@code ./guide translations}
 * lists it (an edited block by the words that changed, its old text from git), so that the exported file can show
 * the translator, in the unit, what to change. A unit's changes are those of the blocks it stands for: its own block
 * (a list's or table's units share theirs), every block of a whole section, block 0 for the title; the summary's
 * for the summary. A block removed since goes with the block it followed. Units not to review, and changes that
 * are only a stamp's {@code review=} mark (the source did not change), get none.
 */
final class UnitChanges {
    private UnitChanges() {
    }

    /**
     * @param units  the export's units, in order
     * @param blocks the body blocks each body unit stands for, by unit id
     * @param old    the stamped source, where git has it (edited blocks are then shown by what changed)
     */
    static List<ExportedUnit> attach(List<ExportedUnit> units, Map<String, List<Integer>> blocks, SourceRevision stamp,
                                     ContentDocument source, Optional<StampedSource> old) {
        List<BlockChange> changes = SourceDiff.located(stamp, source.title(), source.body(), old).stream()
                .filter(c -> c.kind() != SourceChange.Kind.REVIEW).toList();
        Optional<SourceChange> summary = SourceDiff.summaryChange(stamp, source.summary(), old).filter(c -> c.kind() != SourceChange.Kind.REVIEW);
        List<ExportedUnit> attached = new ArrayList<>();
        for (ExportedUnit unit : units) {
            if (unit.state() != UnitState.NEEDS_REVIEW) {
                attached.add(unit);
                continue;
            }
            List<SourceChange> own = unit.unit().kind() == UnitKind.SUMMARY ? summary.stream().toList()
                    : ofBlocks(changes, unit.unit().kind() == UnitKind.TITLE ? List.of(0) : blocks.getOrDefault(unit.unit().id(), List.of()));
            attached.add(unit.withChanges(own));
        }
        return attached;
    }

    private static List<SourceChange> ofBlocks(List<BlockChange> changes, List<Integer> blocks) {
        return changes.stream().filter(c -> blocks.contains(place(c))).map(BlockChange::change).toList();
    }

    /** The block a change goes with: a block removed from the start of the body goes with the body's first block, not the title. */
    private static int place(BlockChange change) {
        return change.kind() == SourceChange.Kind.REMOVED && change.block() == 0 ? 1 : change.block();
    }
}
