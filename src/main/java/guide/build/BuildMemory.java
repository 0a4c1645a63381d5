package guide.build;

import guide.content.Authors;
import guide.content.ContentChanges;
import guide.content.ContentDocument;
import guide.content.ContentFiles;
import guide.check.CounterDigits;
import guide.check.QuizDecisionRules;
import guide.check.QuizTotalRules;
import guide.check.StyleSheets;
import guide.check.UiStringUsageCheck;
import guide.content.DocumentMemo;
import guide.content.ScanMemo;
import guide.i18n.UiStrings;
import guide.image.ContentImage;
import guide.image.DecodedImages;
import guide.image.ImageFile;
import guide.publish.FingerprintedAssets;
import guide.render.PageSpec;
import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.translation.SourceRevision;
import guide.translation.DroppedSectionIds;
import guide.translation.UntranslatedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What one {@link SiteBuilder} remembers between its builds. The preview server keeps one builder
 * for its whole run, so an edit to one file re-reads, re-checks and re-renders only what it
 * touches; a command-line build uses it once. Every memo is keyed by the very document object a
 * scan returned, which the scan reuses only while the file is unchanged.
 */
final class BuildMemory {
    final ScanMemo scans = new ScanMemo();
    final ConflictedFiles conflicts = new ConflictedFiles();
    final DocumentMemo<Integer> readingWords = new DocumentMemo<>();
    final DocumentMemo<SourceRevision> revisions = new DocumentMemo<>();
    final DocumentMemo<String> markdownDigests = new DocumentMemo<>();
    final DocumentMemo<UntranslatedText.Finding> untranslated = new DocumentMemo<>();
    /** Each page's headings and their ids, which a translation keeps from its source: see DroppedSectionIds. */
    final DroppedSectionIds.Memo headings = new DroppedSectionIds.Memo();
    /** What the quiz's rules in the style sheets allow, and the sheets' own checks: read again when a sheet changes. */
    final InputMemo<List<StyleSheets.Sheet>, QuizTotalRules> totalRules = new InputMemo<>();
    final InputMemo<List<StyleSheets.Sheet>, QuizDecisionRules> decisionRules = new InputMemo<>();
    final InputMemo<List<StyleSheets.Sheet>, CounterDigits> counterDigits = new InputMemo<>();
    final InputMemo<List<StyleSheets.Sheet>, Boolean> sheetCsp = new InputMemo<>();
    final InputMemo<List<StyleSheets.Sheet>, Boolean> sheetBraces = new InputMemo<>();
    /** The contrast warnings of the sheets' colours (TextContrast, RuleContrast), which depend on the sheets alone. */
    final InputMemo<List<StyleSheets.Sheet>, Boolean> sheetContrast = new InputMemo<>();
    /** The sheets' addresses, by the sheets and the stamp of the files under assets/ they may name. */
    final InputMemo<List<Object>, Boolean> sheetAddresses = new InputMemo<>();
    /** The classes of the quiz's rules in the sheets, by the sheets and the stamp of the templates that write the classes. */
    final InputMemo<List<Object>, Boolean> quizRuleClasses = new InputMemo<>();
    /** The templates' checks, by the stamp of the templates' files (and, for the interface words they use, of those words). */
    final InputMemo<String, Boolean> templateCsp = new InputMemo<>();
    final InputMemo<String, Boolean> templateMarks = new InputMemo<>();
    final InputMemo<String, UiStringUsageCheck.Reads> wordsUsed = new InputMemo<>();
    /** Each page's warnings about pictures in another language than the page's. */
    final PictureWarnings pictureWarnings = new PictureWarnings();
    /** The content images' sizes and copies, by file, size and modification time. */
    final Map<String, ContentImage> images = new ConcurrentHashMap<>();
    /** What decoding each JPEG and PNG whole found, by its bytes: a failing save does not decode a new photo again. */
    final DecodedImages decodedImages = new DecodedImages();
    /** The copies of pictures only drafts show, made for the preview to serve ({@link DraftFiles}), by what decides their bytes. */
    final PreviewCopies draftCopies = new PreviewCopies();
    /** The content images' copies made but not published yet, kept on disk beside the output; and how many were made. */
    final StoredCopies storedCopies = new StoredCopies();
    /** Stamps of the templates, settings and code, with the fingerprint computed from them. */
    final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    /** The page cache of the last output, kept in memory. */
    PageCache lastCache;
    Path lastOutput;
    /** The host files of the last build, whose texts serve again while the site has the same files. */
    HostConfiguration lastHost;
    /** Not a memo: the preview's watcher's report of what changed in the content folder (null: no watcher, every build walks). */
    ContentChanges contentChanges;
    /** The content folder's files as the last build found them, when a watcher reports what changes. */
    private ContentFiles lastFiles;
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
    /** The HTML of each page's Markdown, for the preview. */
    final BodyHtmlMemo bodies = new BodyHtmlMemo();
    /** The page models, cards and generated pages of the last build, for the preview. */
    final ModelMemory pageModels = new ModelMemory(readingWords, revisions);

    /** The authors and the typeset interface words of a build, and the warnings about those words' files. */
    record Words(Authors authors, UiStrings ui, List<Problem> warnings) {
    }

    /**
     * The authors and interface words, read again only when their files or the settings changed
     * ({@code stamp}); {@code read} adds any problem to the build's list, and words read with
     * problems are not remembered (the build that read them fails).
     */
    Words words(String stamp, Function<List<Problem>, Words> read, List<Problem> problems) {
        if (words != null && stamp.equals(wordsStamp)) {
            return words;
        }
        words = null;
        List<Problem> found = new ArrayList<>();
        Words fresh = read.apply(found);
        problems.addAll(found);
        if (found.isEmpty()) {
            words = fresh;
            wordsStamp = stamp;
        }
        return fresh;
    }

    /**
     * The content folder's files: the last build's with the watcher's changes applied, else (no
     * watcher, changes not known, a folder changed) from a walk. The listing is kept even when the
     * build fails later (it is still what the folder holds); only a failure while listing leaves
     * none behind, so the next build walks.
     */
    ContentFiles contentFiles(Path contentDir) {
        ContentFiles last = lastFiles;
        lastFiles = null;
        if (contentChanges == null) {
            return ContentFiles.walk(contentDir);
        }
        Optional<Set<Path>> changed = contentChanges.take(contentDir);
        ContentFiles files = last != null && changed.isPresent()
                ? last.withChanges(contentDir, changed.get()).orElseGet(() -> ContentFiles.walk(contentDir))
                : ContentFiles.walk(contentDir);
        lastFiles = files;
        return files;
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
    RendererWarmUp renderer(String fingerprint, Supplier<RendererWarmUp> start) {
        if (renderer == null || renderer.failed() || !fingerprint.equals(rendererFingerprint)) {
            renderer = start.get();
            rendererFingerprint = fingerprint;
        }
        return renderer;
    }

    /** {@code make}'s value, made on first use and at most once, from any thread. */
    static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
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
            if (remember && spec.model() != last.spec().model()) {
                // Equal but not the same: the next build's model is this one, compared at once by identity.
                lastPages.put(spec.outputPath(), new KeyedPage(spec, last.key()));
            }
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
        return a == b || b != null && Objects.equals(a.model(), b.model()) && Objects.equals(a.markdown(), b.markdown())
                && a.outputPath().equals(b.outputPath()) && Objects.equals(a.source(), b.source()) && a.images().equals(b.images());
    }

    /** The key of a card or image copy; the one of an earlier build while the fingerprint and the file's inputs are the same. */
    String keyOf(String fingerprint, ImageFile file) {
        ImageKey known = imageKeys.get(file.outputPath());
        if (known != null && known.fingerprint().equals(fingerprint) && known.inputs().equals(file.inputs())) {
            return known.key();
        }
        String key = PageKeys.of(fingerprint, file);
        imageKeys.put(file.outputPath(), new ImageKey(fingerprint, file.inputs(), key));
        return key;
    }
}
