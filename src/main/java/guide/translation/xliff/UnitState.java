package guide.translation.xliff;

/** A unit's state as XLIFF 1.2 writes it on {@code <target state="...">}, the words CAT tools filter on. */
public enum UnitState {
    /** No translation yet, or its source block is new. */
    NEEDS_TRANSLATION("needs-translation"),
    /** A translation exists but its source block changed since the stamp (or there is no stamp, or the stamp lists it to review). */
    NEEDS_REVIEW("needs-review-translation"),
    /** The translation is current with its source block. */
    TRANSLATED("translated");

    private final String xliff;

    UnitState(String xliff) {
        this.xliff = xliff;
    }

    public String xliff() {
        return xliff;
    }
}
