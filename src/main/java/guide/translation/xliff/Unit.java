package guide.translation.xliff;

/**
 * One translatable piece of a document: its title, its summary, or one heading, paragraph, list
 * item, table cell, footnote or checklist statement of its body.
 *
 * @param id     stable within the document: {@code title}, {@code summary}, {@code b<block>.<n>}
 *               for the n-th unit of the body's block (blocks as {@code sourceRevision} counts them),
 *               or {@code s<block>} for a whole section starting in that block
 * @param name   what the unit is called in its document, e.g. a checklist statement's id; may be empty
 * @param block  the block of the source revision it belongs to (0 is the title; -1 for the summary,
 *               which the revision does not cover)
 */
public record Unit(String id, UnitKind kind, String name, int block, TaggedText source) {
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";

    /** True for the id of a whole-section unit ({@link UnitKind#SECTION}). */
    public static boolean isSection(String id) {
        return id.startsWith("s") && !id.equals(SUMMARY);
    }
}
