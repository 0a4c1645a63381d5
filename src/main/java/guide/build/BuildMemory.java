package guide.build;

import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.ReadingTime;
import guide.content.ScanMemo;
import guide.page.PageModel;
import guide.publish.FingerprintedAssets;
import guide.render.PageSpec;
import guide.site.BuildFailure;
import guide.site.SiteConfig;
import guide.translation.SourceRevision;
import guide.translation.TranslationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Path lastOutput;
    /** The host files of the last build, whose texts serve again while the site has the same files. */
    HostConfiguration lastHost;
    /** Each image file's key, by output path, with what it was made from. */
    private final Map<String, ImageKey> imageKeys = new ConcurrentHashMap<>();

    private record ImageKey(String fingerprint, String inputs, String key) {
    }

    /** Each page and its key in the previous build, by output path: a page that is equal needs no new key. */
    private final Map<String, KeyedPage> lastPages = new ConcurrentHashMap<>();

    private record KeyedPage(PageSpec spec, String key) {
    }

    private String wordsStamp;
    private Words words;
    private String assetsStamp;
    private FingerprintedAssets assets;
    private RendererWarmUp renderer;
    private String rendererFingerprint;
    private DocumentMemo<Model> models = new DocumentMemo<>();
    private DocumentMemo<guide.page.Card> cards = new DocumentMemo<>();
    private List<String> modelOrder = List.of();
    private final DocumentMemo<Listing> listings = new DocumentMemo<>();
    private ModelSignature generatedSignature;
    private List<PageSpec> generated = List.of();

    /**
     * A document's page model, with the source and its revision it was made with when it is an
     * outdated translation ("" otherwise), and what the cards of other documents it shows showed
     * (by address). Of all translation states, only its own decides what its page shows (the
     * outdated notice, and which sections are behind, from the source's text), so a translation that
     * falls behind when its source is edited recomputes its model alone; and a retitled article
     * recomputes only the models whose cards show it (its neighbours' related lists, home pages).
     */
    record Model(String sourceRevision, PageModel model, Map<String, String> shown) {
        /** Whether every card this model shows still shows what it did ({@code cards}: this build's, by address). */
        boolean showsCurrent(Map<String, String> cards) {
            for (Map.Entry<String, String> card : shown.entrySet()) {
                if (!card.getValue().equals(cards.get(card.getKey()))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A published document's part of what the page models depend on besides their own files:
     * {@code order}, what decides which lists it is in and where (address, type, date, tags,
     * translation key, author, {@code updated}), and {@code card}, what its card shows (title,
     * summary, reading time).
     */
    private record Listing(String order, String url, String card) {
    }

    /**
     * What every page model depends on besides its own file: {@code order} (the context, then each
     * document's {@link Listing#order}) and each document's card, in a list and by address.
     */
    record ModelSignature(List<String> order, List<String> cards, Map<String, String> cardByUrl) {
    }

    /** The authors and the typeset interface words of a build. */
    record Words(guide.content.Authors authors, guide.i18n.UiStrings ui) {
    }

    /**
     * The authors and interface words, read again only when their files or the settings changed
     * ({@code stamp}); {@code read} adds any problem to the build's list, and words read with
     * problems are not remembered (the build that read them fails).
     */
    Words words(String stamp, java.util.function.Function<List<guide.site.Problem>, Words> read, List<guide.site.Problem> problems) {
        if (words != null && stamp.equals(wordsStamp)) {
            return words;
        }
        words = null;
        List<guide.site.Problem> found = new java.util.ArrayList<>();
        Words fresh = read.apply(found);
        problems.addAll(found);
        if (found.isEmpty()) {
            words = fresh;
            wordsStamp = stamp;
        }
        return fresh;
    }

    /** What the asset folder publishes, read again only when a file in it changed (its stamp). */
    FingerprintedAssets assets(Path projectDir, SiteConfig config) throws BuildFailure, IOException {
        String stamp = SourcesStamp.of(List.of(config.assetDir()));
        if (assets == null || !stamp.equals(assetsStamp)) {
            assets = null;
            assets = FingerprintedAssets.read(projectDir, config.assetDir());
            assetsStamp = stamp;
        }
        return assets;
    }

    /** What every page depends on besides its model: templates, settings, code, and the assets' content-hashed names (pages link them). */
    String fingerprint(Path projectDir, SiteConfig config, FingerprintedAssets assets) throws IOException {
        return PageKeys.digest(SourcesStamp.fingerprint(projectDir, config, fingerprints) + assets.signature());
    }

    /** The page cache of the output: kept in memory between builds of this builder, else read from disk. */
    PageCache cacheFor(Path output, String fingerprint) throws IOException {
        if (lastCache != null && output.equals(lastOutput) && lastCache.fingerprint().equals(fingerprint) && Files.isDirectory(output)) {
            return lastCache;
        }
        lastCache = null;
        return PageCache.load(output, fingerprint);
    }

    /**
     * The template engine for {@code fingerprint} (templates, settings, code and asset names): the
     * one set up for the previous build while that is unchanged, so the preview parses the templates
     * once, not on every save; a new one otherwise, or after the last one failed to set up.
     */
    RendererWarmUp renderer(String fingerprint, java.util.function.Supplier<RendererWarmUp> start) {
        if (renderer == null || renderer.failed() || !fingerprint.equals(rendererFingerprint)) {
            renderer = start.get();
            rendererFingerprint = fingerprint;
        }
        return renderer;
    }

    /**
     * The memo of page models, valid while the signature's {@code order} is unchanged; a new, empty
     * memo otherwise. (A changed card invalidates only the models that show it: {@link #model}.)
     */
    DocumentMemo<Model> models(ModelSignature signature) {
        if (!signature.order().equals(modelOrder)) {
            models = new DocumentMemo<>();
            cards = new DocumentMemo<>();
            modelOrder = signature.order();
        }
        return models;
    }

    /** The reading minutes, and the cards valid for the signature last given to {@link #models}. */
    guide.page.CardMemo cards() {
        return new guide.page.CardMemo(readingMinutes, cards);
    }

    /**
     * The pages the build makes itself (archive, feeds, sitemap...), the same objects as in the
     * previous build while the signature ({@link #modelSignature}: order and cards) is unchanged:
     * they show only what it covers, so an edit of an article's text does not make them again.
     */
    List<PageSpec> generated(ModelSignature signature, java.util.function.Supplier<List<PageSpec>> make) {
        ModelSignature last = generatedSignature;
        if (last == null || !signature.order().equals(last.order()) || !signature.cards().equals(last.cards())) {
            generated = List.copyOf(make.get());
            generatedSignature = signature;
        }
        return generated;
    }

    /** {@code make}'s value, made on first use and at most once, from any thread. */
    static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    /**
     * The page's key; a page equal to the one of this builder's previous build (model and Markdown)
     * keeps its key without hashing. Only the preview ({@code remember}) keeps keys for the next build.
     */
    String keyOf(PageSpec spec, ContentDocument doc, PageCache cache, boolean remember) {
        KeyedPage last = lastPages.get(spec.outputPath());
        if (last != null && lastCache == cache && same(spec, last.spec())) {
            return last.key();
        }
        String markdown = doc == null ? spec.markdown() : markdownDigests.get(doc, d -> PageKeys.digest(spec.markdown()));
        String key = PageKeys.of(cache.fingerprint(), spec, markdown);
        if (remember) {
            lastPages.put(spec.outputPath(), new KeyedPage(spec, key));
        }
        return key;
    }

    /**
     * {@code a.equals(b)}, identity first: an unchanged page has the very model and Markdown objects
     * of the previous build, which a record's {@code equals} would compare field by field.
     */
    private static boolean same(PageSpec a, PageSpec b) {
        return a == b || b != null && java.util.Objects.equals(a.model(), b.model()) && java.util.Objects.equals(a.markdown(), b.markdown())
                && a.outputPath().equals(b.outputPath()) && java.util.Objects.equals(a.source(), b.source()) && a.images().equals(b.images());
    }

    /** The key of a card or image copy; the one of an earlier build while the fingerprint and the file's inputs are the same. */
    String keyOf(String fingerprint, guide.image.ImageFile file) {
        ImageKey known = imageKeys.get(file.outputPath());
        if (known != null && known.fingerprint().equals(fingerprint) && known.inputs().equals(file.inputs())) {
            return known.key();
        }
        String key = PageKeys.of(fingerprint, file);
        imageKeys.put(file.outputPath(), new ImageKey(fingerprint, file.inputs(), key));
        return key;
    }

    /**
     * The remembered model of the document, made again if the document, (for an outdated
     * translation) its source, or a card it shows changed.
     */
    PageModel model(DocumentMemo<Model> memo, ModelSignature signature, ContentDocument doc, TranslationReport report,
                    java.util.function.Function<ContentDocument, PageModel> make) {
        String revision = sourceRevision(doc, report);
        Map<String, String> cards = signature.cardByUrl();
        return memo.get(doc, m -> m.sourceRevision().equals(revision) && m.showsCurrent(cards), d -> {
            PageModel model = make.apply(d);
            Map<String, String> shown = new java.util.HashMap<>();
            model.cards().forEach(card -> shown.put(card.url(), java.util.Objects.requireNonNullElse(cards.get(card.url()), "")));
            return new Model(revision, model, Map.copyOf(shown));
        }).model();
    }

    /** The source and source revision of an outdated translation, which its model depends on; "" for any other document. */
    private String sourceRevision(ContentDocument doc, TranslationReport report) {
        return report.stateOf(doc)
                .filter(state -> state.status() == guide.translation.TranslationState.Status.OUTDATED && state.source() != null)
                .map(state -> state.source().outputPath() + '|'
                        + revisions.get(state.source(), src -> SourceRevision.of(src.lang(), src.title(), src.body())).hash())
                .orElse("");
    }

    /**
     * What a document's page model depends on besides its own file ({@link ModelSignature}): the
     * context (the interface words' and pictures' stamps, the settings and authors' stamp) and every
     * published document's listing. (An outdated translation's model also depends on its source and
     * the source's text: {@link Model#sourceRevision()}.) While the order part is unchanged, the
     * preview reuses the model of each document whose file did not change and whose shown cards are
     * the same, so a change to one article's text does not recompute the translations, related
     * lists and cards of all pages, and a new title only those of the pages that show its card.
     * Each unchanged document's part is remembered, so the comparison costs little.
     */
    ModelSignature modelSignature(List<ContentDocument> published, String context) {
        List<String> order = new java.util.ArrayList<>(published.size() + 1);
        List<String> cards = new java.util.ArrayList<>(published.size());
        Map<String, String> cardByUrl = new java.util.HashMap<>(published.size() * 2);
        order.add(context);
        for (ContentDocument d : published) {
            Listing listing = listings.get(d, doc -> new Listing(doc.outputPath() + '|' + doc.type() + '|' + doc.date() + '|' + doc.tags()
                    + '|' + doc.translationKey() + '|' + doc.author() + '|' + doc.frontMatter().get("updated"), doc.url(),
                    doc.title() + '|' + doc.summary() + '|' + readingMinutes.get(doc, x -> ReadingTime.minutes(x.body()))));
            order.add(listing.order());
            cards.add(listing.card());
            cardByUrl.put(listing.url(), listing.card());
        }
        return new ModelSignature(order, cards, cardByUrl);
    }
}
