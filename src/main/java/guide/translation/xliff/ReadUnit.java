package guide.translation.xliff;

import java.util.Locale;
import java.util.Set;

/**
 * A trans-unit as an XLIFF file brought it back.
 *
 * @param line   where it starts in the file
 * @param target null when the unit has no {@code <target>}
 * @param state  the target's {@code state} as the file gives it, null when it gives none
 */
public record ReadUnit(String id, int line, String restype, String name, TaggedText source, TaggedText target, String state) {
    /** The states that say a target is done; XLIFF 1.2 leaves {@code state} optional, so a target without one is done too. */
    private static final Set<String> DONE = Set.of("translated", "final", "signed-off");

    /**
     * Whether the target still waits for the translator: its state is one of XLIFF 1.2's "needs-…" or "new" (or any
     * other that is not translated, final or signed-off), as the export writes for a paragraph to review or translate.
     */
    public boolean pending() {
        return state != null && !DONE.contains(state);
    }

    /** Whether the state says "review" (a translation exists) rather than "translate". */
    public boolean toReview() {
        return state != null && state.startsWith("needs-review");
    }

    /**
     * How messages name the unit: {@code unit b3.2 (statement invoices-late)}; {@code unit title}, not "unit title (title)",
     * where the kind only repeats the id.
     */
    public String label() {
        UnitKind kind = UnitKind.ofRestype(restype);
        String what = kind == null ? restype : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String detail = (what + (name.isEmpty() ? "" : " " + name)).strip();
        return "unit " + id + (detail.isEmpty() || detail.equals(id) ? "" : " (" + detail + ")");
    }
}
