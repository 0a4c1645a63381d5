package guide.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a builder's last builds left for the preview to serve of the project's drafts, which are never written to the output:
 * the drafts' pages and the files only they use, replaced by each build that passes its checks ({@link DraftChecks}); and
 * where the drafts would be shown, read from their headers alone ({@link DraftHeaders}), replaced by each build that fails.
 * Kept apart from {@link SiteBuilder}, whose build sets them at those two moments, and read by the preview between builds.
 */
public final class PreviewDrafts {
    /** The drafts' pages and files of the last build that passed its checks, replaced together. */
    private volatile Passed passed = new Passed(List.of(), DraftFiles.NONE);
    private volatile List<DraftAddress> addresses = List.of();

    /** What one build that passed its checks left. */
    private record Passed(List<DraftPage> pages, DraftFiles files) {
    }

    /** In the preview, the drafts' pages of the last build that passed its checks; empty for a builder that is not the preview's. */
    public List<DraftPage> pages() {
        return passed.pages();
    }

    /** The files only the drafts of {@link #pages()} use, for the preview to serve; never written to the output. */
    public DraftFiles files() {
        return passed.files();
    }

    /** In the preview, where the project's drafts would be shown when the latest build failed, before it read them or after; else empty. */
    public List<DraftAddress> addresses() {
        return addresses;
    }

    /** A build passed its checks with these drafts' pages and files only drafts use: they replace the last ones. */
    void passed(List<DraftPage> pages, DraftFiles files) {
        passed = new Passed(List.copyOf(pages), Objects.requireNonNull(files, "files"));
    }

    /** A build failed: in the preview the drafts' addresses are read again from {@code projectDir}'s headers; else there are none. */
    void failed(Path projectDir, boolean preview) {
        addresses = preview ? DraftHeaders.read(projectDir) : List.of();
    }
}
