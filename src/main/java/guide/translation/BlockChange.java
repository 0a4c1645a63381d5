package guide.translation;

/**
 * One block of a source that changed since a translation was stamped, with where it is: in the
 * source as it is now and in the source as it was stamped (which, in a translation that follows its
 * source paragraph for paragraph, is also where its translation is). Blocks are counted as
 * {@link SourceRevision#blocks} counts them: the title is block 0.
 *
 * @param kind    what happened to the block (REVIEW: nothing, but the stamp lists it to review)
 * @param block   ADDED, EDITED, REVIEW: the block's index in the source now; REMOVED: the index of the
 *                block now before the place it was removed from (0, the title, at the start)
 * @param stamped EDITED, REMOVED, REVIEW: the block's index in the stamped source; ADDED: the index of the
 *                stamped block it follows
 * @param text    the block as it is now (REMOVED: the block before the removal, as a landmark, or "")
 * @param old     EDITED: the block as it was stamped, when the project's git history has it ({@link StampedSource}); else null
 */
public record BlockChange(SourceChange.Kind kind, int block, int stamped, String text, String old) {

    /** A change without the block's old text. */
    public BlockChange(SourceChange.Kind kind, int block, int stamped, String text) {
        this(kind, block, stamped, text, null);
    }

    /** True when it is about the title: the title edited, or to review. */
    public boolean aboutTitle() {
        return block == 0 && (kind == SourceChange.Kind.EDITED || kind == SourceChange.Kind.REVIEW);
    }

    /** The change as the report prints it. */
    public SourceChange change() {
        return new SourceChange(kind, text, SourceChange.Part.BLOCK, old);
    }
}
