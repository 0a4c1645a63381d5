package guide.translation.xliff;


import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A unit whose text in the translation has changed since an XLIFF file's export, while the file still holds it as it was
 * exported: importing the file would put the exported text back, and the change made since (a hand edit, another file's
 * import) would be gone without a word. {@link NewerStamp} asks this where the stamp cannot tell: a translation whose stamp
 * still has the whole-text hash it had at export, as an import of a file that leaves units to review keeps it. Such a
 * translation's text may have changed since by this very file's earlier import, and importing it again to finish it must
 * work; that import wrote the file's targets, so a unit the file leaves as exported is one the earlier import left as
 * exported too (unless the translator changed it, imported, then put the exported text back: refused, and confirmed with
 * --replace-newer). So only such units are compared: one the translator changed in the file (or left to review, then
 * finished) is the file's own work and goes in. A unit the file changed is {@link OverlappingWork}'s to judge. Units are paired
 * with the translation's by their source text ({@link UnitCounterparts}), so a section added to the source since the export,
 * which moves the ids after it, leaves them compared.
 */
final class RevertedWork {
    /** The states an export writes: a fingerprint is of a target and its state ({@link UnitFingerprint}). */
    private static final List<String> STATES = Arrays.stream(UnitState.values()).map(UnitState::xliff).toList();

    private RevertedWork() {
    }

    /**
     * The first unit of {@code file} that it leaves as exported and whose text in the translation ({@code now}: its units matched
     * with the file's, {@link UnitCounterparts}) has changed since; empty when none, or when the file records no export fingerprints
     * (an older guide's export).
     */
    static Optional<ReadUnit> first(XliffFile file, UnitCounterparts now) {
        return file.units().stream().filter(unit -> {
            String recorded = file.exported().get(unit.id());
            Optional<ExportedUnit> current = now.of(unit);
            return recorded != null && current.isPresent() && asExported(unit.target(), recorded) && !asExported(current.get().target(), recorded);
        }).findFirst();
    }

    /** Whether {@code target} is the one the export wrote, whatever state it gave it. */
    static boolean asExported(TaggedText target, String recorded) {
        return STATES.stream().anyMatch(state -> UnitFingerprint.of(target, state).equals(recorded));
    }
}
