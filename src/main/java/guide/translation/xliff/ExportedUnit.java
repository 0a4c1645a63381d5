package guide.translation.xliff;

import guide.translation.SourceChange;

import java.util.List;

/**
 * A unit as the XLIFF file carries it: its source, the current translation (null when there is
 * none), what the translator has to do with it, and, for a unit to review, what changed in its
 * source since the translation's stamp (the file shows it in a note; empty for any other unit).
 */
public record ExportedUnit(Unit unit, TaggedText target, UnitState state, List<SourceChange> changes) {
    public ExportedUnit {
        changes = List.copyOf(changes);
    }

    /** A unit with no changes to tell of. */
    public ExportedUnit(Unit unit, TaggedText target, UnitState state) {
        this(unit, target, state, List.of());
    }

    /** This unit, with {@code changes} to tell of. */
    ExportedUnit withChanges(List<SourceChange> changes) {
        return new ExportedUnit(unit, target, state, changes);
    }
}
