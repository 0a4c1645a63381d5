package guide.translation.xliff;

/**
 * What a translatable unit is in its document, written as the trans-unit's {@code restype}
 * so a CAT tool can show it and a translator knows a heading from a checklist statement.
 */
public enum UnitKind {
    TITLE("x-title"), SUMMARY("x-summary"), HEADING("x-heading"), PARAGRAPH("x-paragraph"), LIST_ITEM("x-list-item"),
    TABLE_CELL("x-table-cell"), FOOTNOTE("x-footnote"), HTML("x-html"), STATEMENT("x-statement"),
    SECTION_TITLE("x-section-title"), BAND_TITLE("x-band-title"), BAND_ADVICE("x-band-advice"),
    /** A whole part of the body (intro, section, footnotes) whose translation does not follow the source block for block. */
    SECTION("x-section");

    private final String restype;

    UnitKind(String restype) {
        this.restype = restype;
    }

    public String restype() {
        return restype;
    }

    public static UnitKind ofRestype(String restype) {
        for (UnitKind kind : values()) {
            if (kind.restype.equals(restype)) {
                return kind;
            }
        }
        return null;
    }
}
