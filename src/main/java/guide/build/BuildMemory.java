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
    /** Each page and its key in the previous build: a page that is equal needs no new key. */
    final Map<String, PageSpec> lastSpecs = new ConcurrentHashMap<>();
    final Map<String, String> lastKeys = new ConcurrentHashMap<>();

    private DocumentMemo<Model> models = new DocumentMemo<>();
    private List<String> modelSignature = List.of();
    private final DocumentMemo<String> listings = new DocumentMemo<>();

    /**
     * A document's page model, with the revision of its source it was made with when it is an
     * outdated translation ("" otherwise): which of its sections are behind depends on the source's
     * text, and on nothing else that changes when the source is edited.
     */
    record Model(String sourceRevision, PageModel model) {
    }

    /**
     * The memo of page models, valid while {@code signature} (everything a document's model depends
     * on besides its own file) is unchanged; a new, empty memo otherwise.
     */
    DocumentMemo<Model> models(List<String> signature) {
        if (!signature.equals(modelSignature)) {
            models = new DocumentMemo<>();
            modelSignature = signature;
        }
        return models;
    }

    /**
     * The page's key; a page equal to the one of this builder's previous build (model and Markdown)
     * keeps its key without hashing. Only the preview ({@code remember}) keeps keys for the next build.
     */
    String keyOf(PageSpec spec, ContentDocument doc, PageCache cache, boolean remember) {
        String key = lastKeys.get(spec.outputPath());
        if (key != null && lastCache == cache && spec.equals(lastSpecs.get(spec.outputPath()))) {
            return key;
        }
        String markdown = doc == null ? spec.markdown() : markdownDigests.get(doc, d -> PageKeys.digest(spec.markdown()));
        key = PageKeys.of(cache.fingerprint(), spec, markdown);
        if (remember) {
            lastSpecs.put(spec.outputPath(), spec);
            lastKeys.put(spec.outputPath(), key);
        }
        return key;
    }

    /** The remembered model of the document, made again if the document or (for an outdated translation) its source changed. */
    PageModel model(DocumentMemo<Model> memo, ContentDocument doc, TranslationReport report, java.util.function.Function<ContentDocument, PageModel> make) {
        String revision = sourceRevision(doc, report);
        return memo.get(doc, m -> m.sourceRevision().equals(revision), d -> new Model(revision, make.apply(d))).model();
    }

    /** The revision of an outdated translation's source, which its model depends on; "" for any other document. */
    private String sourceRevision(ContentDocument doc, TranslationReport report) {
        return report.stateOf(doc)
                .filter(state -> state.status() == guide.translation.TranslationState.Status.OUTDATED && state.source() != null)
                .map(state -> revisions.get(state.source(), src -> SourceRevision.of(src.lang(), src.title(), src.body())).hash())
                .orElse("");
    }

    /**
     * What a document's page model depends on besides its own file: every published document's
     * listing data (address, title, date, summary, tags, key, author, reading time, {@code updated}),
     * its translation state and source, and the interface words. (An outdated translation's model
     * also depends on its source's text: {@link Model#sourceRevision()}.) While this is unchanged, the
     * preview reuses the model of each document whose file did not change, so a change to one
     * article's text does not recompute the translations, related lists and cards of all pages.
     * Each unchanged document's part is remembered, so the comparison costs little.
     */
    List<String> modelSignature(List<ContentDocument> published, TranslationReport report, String uiStamp) {
        List<String> parts = new java.util.ArrayList<>(2 * published.size() + 1);
        parts.add(uiStamp);
        for (ContentDocument d : published) {
            parts.add(listings.get(d, doc -> doc.outputPath() + '|' + doc.type() + '|' + doc.title() + '|' + doc.date() + '|' + doc.summary()
                    + '|' + doc.tags() + '|' + doc.translationKey() + '|' + doc.author() + '|' + doc.frontMatter().get("updated")
                    + '|' + readingMinutes.get(doc, x -> ReadingTime.minutes(x.body()))));
            parts.add(report.stateOf(d).map(state -> state.status() + "|" + (state.source() == null ? "" : state.source().outputPath()))
                    .orElse(""));
        }
        return parts;
    }
}
