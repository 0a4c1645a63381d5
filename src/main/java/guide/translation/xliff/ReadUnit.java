package guide.translation.xliff;

/**
 * A trans-unit as an XLIFF file brought it back.
 *
 * @param line   where it starts in the file
 * @param target null when the unit has no {@code <target>}
 */
public record ReadUnit(String id, int line, String restype, String name, TaggedText source, TaggedText target) {

    /** How messages name the unit: {@code unit b3.2 (statement invoices-late)}. */
    public String label() {
        UnitKind kind = UnitKind.ofRestype(restype);
        String what = kind == null ? restype : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String detail = (what + (name.isEmpty() ? "" : " " + name)).strip();
        return "unit " + id + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
