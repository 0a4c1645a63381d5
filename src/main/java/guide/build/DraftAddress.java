package guide.build;

import guide.content.ContentDocument;

import java.util.List;

/**
 * Where a draft the build read would be shown, known as soon as the content is read: before anything that can stop the build
 * after it. The preview keeps these from a failed build ({@link SiteBuilder#draftAddresses()}), so that a draft added while
 * builds fail has a page at its address that says why it waits, in place of "Page not found".
 *
 * @param notice     the build's warning that names the draft ("content/en/late-fees.md: draft, not published")
 * @param url        its address, e.g. {@code /en/late-fees/}
 * @param outputPath where a build would write it once published, e.g. {@code en/late-fees/index.html}
 */
public record DraftAddress(String notice, String url, String outputPath) {
    /** The drafts among the documents {@code in} holds, in their order. */
    static List<DraftAddress> of(Inputs in) {
        return in.documents().stream().filter(ContentDocument::draft).map(d -> new DraftAddress(Inputs.draftWarning(d), d.url(), d.outputPath())).toList();
    }

    /** The draft's file as the build names it ({@code content/en/late-fees.md}), from its {@link #notice()}. */
    public String source() {
        return DraftPage.sourceOf(notice);
    }
}
