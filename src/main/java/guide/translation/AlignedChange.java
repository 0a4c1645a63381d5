package guide.translation;

/**
 * A changed source block beside the part of the translation it concerns, for an editor to judge
 * "typo fix" against "new paragraph".
 *
 * @param change      the source block that changed (for {@link Placement#SUMMARY}: the summary, as block 0, the title it stands under)
 * @param placement   how the translation's part was found
 * @param translation that part's text (Markdown, whitespace collapsed), or "" for {@link Placement#NONE}
 * @param sectionId   the id of the source section the change falls in, or null
 */
public record AlignedChange(BlockChange change, Placement placement, String translation, String sectionId) {

    /** How a change was matched to the translation. */
    public enum Placement {
        /** The translation follows the stamped source block for block: this is the translated block (edited, or to remove). */
        BLOCK,
        /** Likewise, for a new block: the translation goes after this translated block. */
        AFTER,
        /** The blocks do not match one for one, but the section with the same id does: this is its heading. */
        SECTION,
        /** Neither: the change is shown alone. */
        NONE,
        /** The change is to the source's summary: this is the translation's summary ("" when it has none). */
        SUMMARY
    }
}
