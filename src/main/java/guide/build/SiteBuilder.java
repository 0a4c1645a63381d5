package guide.build;

import guide.check.ArchiveAddressCheck;
import guide.check.HomePageCheck;
import guide.check.UiStringUsageCheck;
import guide.content.Authors;
import guide.content.ContentDocument;
import guide.content.ContentFiles;
import guide.content.ContentScanner;
import guide.content.DocumentType;
import guide.html.AffiliateLinks;
import guide.html.HtmlPasses;
import guide.html.PageLanguage;
import guide.i18n.UiStrings;
import guide.page.PageModels;
import guide.publish.FingerprintedAssets;
import guide.publish.HostFiles;
import guide.quiz.Checklist;
import guide.quiz.Checklists;
import guide.render.PageSpec;
import guide.site.BuildFailure;
import guide.site.Language;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.translation.SourceRevision;
import guide.translation.TranslationIndex;
import guide.translation.TranslationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The whole build, as DESIGN.md describes it: read and validate content; work out translations,
 * quiz checklists and every page's model; render (or reuse) each page with JBake's Freemarker
 * template engine and run the HTML passes; check the whole site; and only when nothing failed,
 * replace the output folder. Any problem stops the build with every problem found listed.
 */
public final class SiteBuilder {
    private final Path projectDir;
    private final BuildMemory memory = new BuildMemory();
    private final BuildTimer timer = new BuildTimer();
    private final SearchIndexStep searchIndex = new SearchIndexStep();
    private PreviewSaver preview;

    public SiteBuilder(Path projectDir) {
        this.projectDir = Objects.requireNonNull(projectDir, "projectDir").toAbsolutePath().normalize();
    }

    /**
     * For the preview server: saves the page cache in the background, skips the sources stamp, and
     * after a first build publishes the pages before it brings their search index up to date, so an
     * edit reaches the browser sooner. The output is the same once a build returns.
     */
    public SiteBuilder forPreview() {
        this.preview = new PreviewSaver();
        return this;
    }

    /** The sources' stamp (none in the preview), and the last build's report if none of them changed since and its output is complete. */
    private record Unchanged(String sources, Optional<BuildReport> report) {
    }

    private Unchanged unchanged(Path output) throws IOException {
        if (preview != null) {
            return new Unchanged("", Optional.empty());
        }
        // Another core reads the last build's head and checks its files while this one takes the stamp.
        CompletableFuture<Optional<CacheHead>> last = Files.isRegularFile(HostFiles.nginxFile(output))
                ? CompletableFuture.supplyAsync(() -> PageCache.complete(output)) : CompletableFuture.completedFuture(Optional.empty());
        String sources = SourcesStamp.of(projectDir, SiteConfig.Folders.read(projectDir));
        return new Unchanged(sources, last.join().filter(head -> head.sources().equals(sources)).map(head -> head.report(output)));
    }

    /** Waits (up to ten seconds) for the preview's background saves, so nothing writes to the project after the preview stops. */
    public void finishSaving() {
        if (preview != null) {
            preview.finish();
        }
    }

    /** Builds the site into {@code output}, after any other build into it has finished ({@link OutputLock}). */
    public BuildReport build(Path output) throws BuildFailure, IOException {
        return build(output, () -> { });
    }

    /**
     * Like {@link #build(Path)}; {@code pagesPublished} runs as soon as the pages are in the output,
     * which in the preview is before their search index is (see {@link #forPreview()}).
     */
    public BuildReport build(Path output, Runnable pagesPublished) throws BuildFailure, IOException {
        OutputFolder.check(projectDir, output);
        try (OutputLock ignored = OutputLock.acquire(output)) {
            if (preview != null) {
                preview.holdOff();
            }
            return buildAlone(output, pagesPublished);
        }
    }

    private BuildReport buildAlone(Path output, Runnable pagesPublished) throws BuildFailure, IOException {
        timer.start();
        new StagedOutput(output).recover();
        // Whether anything changed is decided before the settings are validated: they are among the
        // stamped sources, and the build that made the stamp validated them.
        Unchanged unchanged = unchanged(output);
        if (unchanged.report().isPresent()) {
            return unchanged.report().get().after(timer.millis());
        }
        SiteConfig config = SiteConfig.loadForBuild(projectDir);
        FingerprintedAssets assets = memory.assets(projectDir, config);
        String fingerprint = memory.fingerprint(projectDir, config, assets);
        RendererWarmUp renderer = memory.renderer(fingerprint, () -> RendererWarmUp.start(projectDir, config, assets));
        List<Problem> problems = new ArrayList<>();
        Inputs in = read(config, problems);
        failIfAny(problems);
        List<ContentDocument> published = in.documents().stream().filter(d -> !d.draft()).toList();
        List<PageSpec> specs = pageSpecs(config, in, published, problems);
        timer.phase("page models");
        PageCache cache = memory.cacheFor(output, fingerprint);
        // The preview puts pages online first; their cards and search index follow them.
        boolean ours = memory.lastCache == cache && output.equals(memory.lastOutput);
        boolean afterPages = searchIndex.canFollowPages(preview != null, incremental(cache, output), ours);
        Rendering rendering = render(config, in, published, specs, cache, output, renderer.await(), afterPages);
        try {
            problems.addAll(rendering.problems());
            failIfAny(problems);
            assets.writeTo(rendering.site());
            OutputFiles.copyContentFiles(config.contentDir(), in.files().others(), rendering.site(), in.images()::publishedAsItIs);
            timer.phase("assets");
            List<String> searchFiles = searchIndex.withPages(rendering, output, ours, afterPages);
            timer.phase("search index");
            Set<String> pages = rendering.allFiles(searchFiles);
            HostConfiguration host = memory.lastHost = HostConfiguration.of(pages, assets, published, config, memory.lastHost);
            Set<String> files = new java.util.HashSet<>(pages);
            files.addAll(host.writeInto(rendering.site(), output));
            problems.addAll(SiteChecks.ofBuild(projectDir, config, published, rendering, cache, files, output));
            failIfAny(problems);
            timer.phase("checks");
            long millis = timer.millis();
            publish(rendering, cache, output, files);
            host.writeBeside(output);
            timer.phase("publish");
            if (afterPages) {
                pagesPublished.run();
                rendering = rendering.withCards(SiteImages.produce(rendering.cardsToFollow(), file -> memory.keyOf(cache.fingerprint(), file),
                        new PreviousOutput(cache, output, rendering.site(), true)));
                files = searchIndex.afterPages(rendering, output, files);
                timer.phase("cards and search index, after the pages");
            }
            // The host files (the root copy of the not-found page among them) are configuration, not pages.
            BuildReport built = new BuildReport(output, OutputFiles.countPages(pages, config.languages()), rendering.rendered(),
                    rendering.files().size() - rendering.rendered(), in.warnings(), millis, false);
            searchIndex.published();
            save(cache, rendering, files, unchanged.sources(), built, output);
            return built;
        } finally {
            StagedOutput.delete(rendering.site().getParent());
        }
    }

    /** What the build reads before it computes anything: authors, UI strings, documents, images; and what it checks on them. */
    private record Inputs(Authors authors, UiStrings ui, ContentFiles files, List<ContentDocument> documents, SiteImages images,
                          List<String> warnings, String context) {
    }

    private Inputs read(SiteConfig config, List<Problem> problems) throws IOException {
        List<Language> languages = config.languages().stream().map(config::language).toList();
        Authors authors = Authors.load(projectDir, config.contentDir(), config.languages(), problems);
        UiStrings ui = UiStrings.load(projectDir, config.templateDir().resolve("i18n"), languages, problems);
        String context = SourcesStamp.context(projectDir, config);
        List<Problem> noted = new ArrayList<>();
        ContentFiles files = ContentFiles.walk(config.contentDir());
        List<ContentDocument> documents = new ContentScanner(config, authors, memory.scans, context).scan(files, problems, noted);
        timer.phase("scan content");
        new UiStringUsageCheck().check(projectDir, config.templateDir(), ui, config.languages(), problems);
        new ArchiveAddressCheck().check(projectDir, config, ui, documents, problems);
        new HomePageCheck().check(projectDir, config, documents, problems);
        List<String> warnings = new ArrayList<>(noted.stream().sorted().map(Problem::toString).toList());
        documents.stream().filter(ContentDocument::draft).forEach(d -> warnings.add(d.source() + ": draft, not published"));
        SiteImages images = SiteImages.read(config, files, documents.stream().filter(d -> !d.draft()).toList(), memory.images, problems, warnings);
        return new Inputs(authors, ui, files, documents, images, List.copyOf(warnings), context);
    }

    /**
     * Every page of the site: one per published document, then the pages the build makes; the
     * translations and quiz checklists first (their problems stop the build).
     */
    private List<PageSpec> pageSpecs(SiteConfig config, Inputs in, List<ContentDocument> published, List<Problem> problems)
            throws IOException, BuildFailure {
        TranslationIndex translations = new TranslationIndex(config.languages(), published);
        Map<ContentDocument, Checklist> checklists = Checklists.read(published, translations, config.defaultLanguage(), problems);
        failIfAny(problems);
        TranslationReport report = TranslationReport.of(config.languages(), config.defaultLanguage(), published, false,
                doc -> memory.revisions.get(doc, d -> SourceRevision.of(d.lang(), d.title(), d.body())));
        Supplier<PageModels> models = BuildMemory.once(() -> new PageModels(config, published, translations, in.authors(), in.ui(), checklists,
                report, memory.readingMinutes, in.images().ownPictures()));
        BuildMemory.ModelSignature signature = preview == null ? null : memory.modelSignature(published,
                SourcesStamp.of(List.of(config.templateDir().resolve("i18n"))) + in.images().stamp() + in.context());
        var memo = signature == null ? null : memory.models(signature);
        List<PageSpec> specs = new ArrayList<>(published.parallelStream().map(doc -> new PageSpec(doc.outputPath(),
                memo == null ? models.get().forDocument(doc) : memory.model(memo, signature, doc, report, d -> models.get().forDocument(d)),
                doc.type() == DocumentType.QUIZ && checklists.containsKey(doc) ? checklists.get(doc).intro() : doc.body(), doc.source(),
                in.images().shownIn(doc.body()))).toList());
        specs.addAll(signature == null ? models.get().generated() : memory.generated(signature, () -> models.get().generated()));
        return specs;
    }

    /** @param cardsAfterPages true to leave the cards for after the pages are published ({@link Rendering#cardsToFollow()}) */
    private Rendering render(SiteConfig config, Inputs in, List<ContentDocument> published, List<PageSpec> specs, PageCache cache, Path output,
                             guide.render.TemplateRenderer renderer, boolean cardsAfterPages) throws IOException {
        StagedOutput staged = new StagedOutput(output);
        Path site = staged.newWorkDir().resolve("site");
        Files.createDirectories(site);
        boolean incremental = incremental(cache, output);
        Map<String, ContentDocument> documents = new HashMap<>();
        published.forEach(doc -> documents.put(doc.outputPath(), doc));
        HtmlPasses passes = new HtmlPasses(new AffiliateLinks(config.affiliatePatterns()), config.baseUrl(),
                PageLanguage.forSite(config, in.ui()), in.images().responsive());
        PreviousOutput previous = new PreviousOutput(cache, output, site, incremental);
        PageProducer producer = new PageProducer(previous, renderer, passes, in.ui(), documents);
        try {
            List<PageProducer.Outcome> outcomes = specs.parallelStream()
                    .map(spec -> producer.produce(spec, memory.keyOf(spec, documents.get(spec.outputPath()), cache, preview != null))).toList();
            timer.phase("render or reuse pages");
            boolean rendered = outcomes.stream().allMatch(o -> o.problems().isEmpty());
            List<guide.image.ImageFile> cards = in.images().cards(specs);
            List<guide.image.ImageFile> now = new ArrayList<>(in.images().copies());
            now.addAll(cardsAfterPages ? List.of() : cards);
            List<PageProducer.Outcome> images = rendered ? SiteImages.produce(now, file -> memory.keyOf(cache.fingerprint(), file), previous) : List.of();
            timer.phase("cards and image copies");
            return new Rendering(site, outcomes, images, cardsAfterPages ? cards : List.of(), staged, incremental);
        } catch (RuntimeException e) {
            StagedOutput.delete(site.getParent());
            throw e;
        }
    }

    /** True when the build will move only changed files into the output, which it then reuses. */
    private static boolean incremental(PageCache cache, Path output) {
        return cache.hasPrevious() && Files.isDirectory(output);
    }

    /** Replaces the output: a first build renames the staged folder into place, later ones move only changed files. */
    private void publish(Rendering rendering, PageCache cache, Path output, Set<String> files) throws IOException {
        cache.invalidate();
        memory.lastCache = null;
        if (rendering.incremental()) {
            Path site = rendering.site();
            List<String> moves = OutputFiles.list(site).stream().filter(f -> OutputFiles.changed(site.resolve(f), output.resolve(f))).sorted().toList();
            List<String> deletes = cache.previousFiles().stream().filter(f -> !files.contains(f)).sorted().toList();
            rendering.staged().apply(site, moves, deletes);
        } else {
            rendering.staged().publish(rendering.site());
        }
    }

    /** Records the published pages' keys for the next build (in the background in the preview). */
    private void save(PageCache cache, Rendering rendering, Set<String> files, String sources, BuildReport report, Path output) throws IOException {
        Map<String, PageCache.Entry> entries = rendering.entries();
        if (preview != null) {
            preview.save(cache, entries, files, sources, report);
        } else {
            cache.save(entries, files, sources, report);
        }
        memory.lastCache = cache.after(entries, files);
        memory.lastOutput = output;
    }

    private static void failIfAny(List<Problem> problems) throws BuildFailure {
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
    }
}
