package guide.translation;

/**
 * One part of the source that changed since a translation was stamped: a block of its title and
 * body, or its summary; or one that did not change but that the stamp lists as still to review
 * ({@link Kind#REVIEW}: the translator left its unit marked so in an XLIFF import).
 *
 * @param kind what happened to it
 * @param text the block or summary as it is now (for removed blocks: the block before the removal, as a landmark, or "";
 *             for a removed summary: "")
 * @param part whether it is a block or the summary
 * @param old  EDITED: the block or summary as it was stamped, when the project's git history has it
 *             ({@link StampedSource}); else null
 */
public record SourceChange(Kind kind, String text, Part part, String old) {

    /** A change of a block. */
    public SourceChange(Kind kind, String text) {
        this(kind, text, Part.BLOCK);
    }

    /** A change without its old text. */
    public SourceChange(Kind kind, String text, Part part) {
        this(kind, text, part, null);
    }

    /** True for an edited block or summary whose old text is not known: it can be shown only as it is now. */
    public boolean oldUnknown() {
        return kind == Kind.EDITED && old == null;
    }

    /** How a block or the summary changed; {@link #REVIEW}: it did not, but it is still to review. */
    public enum Kind {
        ADDED("+"), REMOVED("-"), EDITED("~"), REVIEW("?");

        private final String sign;

        Kind(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }
    }

    /** What changed: a block of the title and body, or the {@code summary=} header. */
    public enum Part {
        BLOCK, SUMMARY
    }
}
