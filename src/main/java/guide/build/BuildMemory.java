package guide.build;

import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.ReadingTime;
import guide.content.ScanMemo;
import guide.page.PageModel;
import guide.render.PageSpec;
import guide.translation.SourceRevision;
import guide.translation.TranslationReport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one {@link SiteBuilder} remembers between its builds. The preview server keeps one builder
 * for its whole run, so an edit to one file re-reads, re-checks and re-renders only what it
 * touches; a command-line build uses it once. Every memo is keyed by the very document object a
 * scan returned, which the scan reuses only while the file is unchanged.
 */
final class BuildMemory {
    final ScanMemo scans = new ScanMemo();
    final DocumentMemo<Integer> readingMinutes = new DocumentMemo<>();
    final DocumentMemo<SourceRevision> revisions = new DocumentMemo<>();
    final DocumentMemo<String> markdownDigests = new DocumentMemo<>();
    /** The content images' sizes and copies, by file, size and modification time. */
    final Map<String, guide.image.ContentImage> images = new ConcurrentHashMap<>();
    /** Stamps of the templates, settings and code, with the fingerprint computed from them. */
    final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    /** The page cache of the last output, kept in memory. */
    PageCache lastCache;
    java.nio.file.Path lastOutput;
    /** The search index's files in the last output (the preview's, which updates them after the pages). */
    List<String> lastSearchFiles;
    /** Each page and its key in the previous build: a page that is equal needs no new key. */
    final Map<String, PageSpec> lastSpecs = new ConcurrentHashMap<>();
    final Map<String, String> lastKeys = new ConcurrentHashMap<>();

    private DocumentMemo<PageModel> models = new DocumentMemo<>();
    private String modelSignature = "";

    /**
     * The memo of page models, valid while {@code signature} (everything a document's model depends
     * on besides its own file) is unchanged; a new, empty memo otherwise.
     */
    DocumentMemo<PageModel> models(String signature) {
        if (!signature.equals(modelSignature)) {
            models = new DocumentMemo<>();
            modelSignature = signature;
        }
        return models;
    }

    /**
     * What a document's page model depends on besides its own file: every published document's
     * listing data (address, title, date, summary, tags, key, author, reading time, {@code updated}),
     * its translation state and source (and for an outdated translation, the source's revision: its
     * sections behind depend on it), and the interface words. While this is unchanged, the
     * preview reuses the model of each document whose file did not change, so a change to one
     * article's text does not recompute the translations, related lists and cards of all pages.
     */
    String modelSignature(List<ContentDocument> published, TranslationReport report, String uiStamp) {
        StringBuilder s = new StringBuilder(uiStamp);
        for (ContentDocument d : published) {
            s.append('\n').append(d.outputPath()).append('|').append(d.type()).append('|').append(d.title()).append('|').append(d.date())
                    .append('|').append(d.summary()).append('|').append(d.tags()).append('|').append(d.translationKey())
                    .append('|').append(d.author()).append('|').append(d.frontMatter().get("updated"))
                    .append('|').append(readingMinutes.get(d, doc -> ReadingTime.minutes(doc.body())));
            report.stateOf(d).ifPresent(state -> {
                s.append('|').append(state.status()).append('|').append(state.source() == null ? "" : state.source().outputPath());
                if (state.status() == guide.translation.TranslationState.Status.OUTDATED && state.source() != null) {
                    // Which sections of an outdated translation are behind depends on the source's text.
                    s.append('|').append(revisions.get(state.source(), src -> SourceRevision.of(src.lang(), src.title(), src.body())).hash());
                }
            });
        }
        return PageKeys.digest(s.toString());
    }
}
