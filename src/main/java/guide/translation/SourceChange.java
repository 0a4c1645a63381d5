package guide.translation;

/**
 * One block of the source that changed since a translation was stamped.
 *
 * @param kind what happened to the block
 * @param text the block as it is now (for removed blocks: the block before the removal, as a landmark, or "")
 */
public record SourceChange(Kind kind, String text) {

    /** How a block changed. */
    public enum Kind {
        ADDED("+"), REMOVED("-"), EDITED("~");

        private final String sign;

        Kind(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }
    }
}
