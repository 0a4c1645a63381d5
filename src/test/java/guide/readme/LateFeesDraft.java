package guide.readme;

/**
 * The README's example draft, {@code content/en/late-fees.md} in "Add an article", whose build and preview the README quotes:
 * written once here for the tests that build it ({@link EditorsReadmeTest}) and preview it ({@link DraftPreviewReadmeTest}),
 * so that the outputs both compare with the README are of one text. The quoted line numbers are this text's: its broken
 * link on line 12, its missing image on line 14.
 */
final class LateFeesDraft {
    /** Where the README saves it. */
    static final String FILE = "content/en/late-fees.md";

    /** The draft down to its first paragraph (its settings and first heading); a case that needs other words adds its own. */
    static final String HEAD = """
            title=Charging late fees
            date=2026-12-01
            type=post
            status=draft
            translationKey=late-fees
            author=redakcja
            summary=When a late fee is worth asking for, and how to put it in the contract.
            ~~~~~~

            ## When to charge {#when}

            """;

    /** The draft as the README's warnings quote it: a link to a page the site does not have, and an image it does not have. */
    static final String WITH_BROKEN_LINK_AND_IMAGE = HEAD + """
            Before you add one, read [how to end a client relationship](/en/how-to-end-a-client-relationship-in-3-steps/) and [our guide to contracts](/en/contracts/).

            ![Late payments by month](/images/late-payments.svg)
            """;

    private LateFeesDraft() {
    }
}
