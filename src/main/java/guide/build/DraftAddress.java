package guide.build;

/**
 * Where a draft would be shown, read from its header alone ({@link DraftHeaders}): the preview keeps these from a failed
 * build ({@link PreviewDrafts#addresses()}), whether it failed before it read the content or after, so that a draft added,
 * renamed or moved while builds fail has a page at its address that says why it waits, in place of "Page not found".
 *
 * @param notice     the build's warning that names the draft ("content/en/late-fees.md: draft, not published")
 * @param url        its address, e.g. {@code /en/late-fees/}
 * @param outputPath where a build would write it once published, e.g. {@code en/late-fees/index.html}
 * @param unsure     what of the address is not known for sure without the settings, which could not be read; null when it is known
 * @param key        what names the draft apart from its file, to pair it with the draft shown before a rename; null when not known
 */
public record DraftAddress(String notice, String url, String outputPath, String unsure, DraftKey key) {
    /** A draft whose address is known, with no {@link #key()}. */
    public DraftAddress(String notice, String url, String outputPath) {
        this(notice, url, outputPath, null);
    }

    /** A draft with no {@link #key()}; {@code unsure} as below. */
    public DraftAddress(String notice, String url, String outputPath, String unsure) {
        this(notice, url, outputPath, unsure, null);
    }

    /** The draft's file as the build names it ({@code content/en/late-fees.md}), from its {@link #notice()}. */
    public String source() {
        return DraftPage.sourceOf(notice);
    }
}
