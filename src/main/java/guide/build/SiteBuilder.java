package guide.build;

import guide.content.ContentChanges;
import guide.content.ContentDocument;
import guide.publish.FingerprintedAssets;
import guide.publish.LinkPreview;
import guide.render.PageSpec;
import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The whole build, as README.md ("How a build is made") describes it: read and validate content; work out translations,
 * quiz checklists and every page's model; render (or reuse) each page with JBake's Freemarker
 * template engine and run the HTML passes; check the whole site; and only when nothing failed,
 * replace the output folder. Any problem stops the build with every problem found listed.
 */
public final class SiteBuilder {
    private final Path projectDir;
    /** This builder's name in the output's lock file: while it is there, no other build has changed the output since ours. */
    private final String name = OutputLock.builderName();
    final BuildMemory memory = new BuildMemory(); // not private: tests look at what it remembers
    private final BuildTimer timer = new BuildTimer();
    private SearchIndexStep searchIndex = new SearchIndexStep(false);
    private PreviewSaver preview;
    private volatile Rehearsal rehearsal = Rehearsal.NONE;
    private final PreviewDrafts drafts = new PreviewDrafts();

    public SiteBuilder(Path projectDir) {
        this.projectDir = Objects.requireNonNull(projectDir, "projectDir").toAbsolutePath().normalize();
    }

    /**
     * For the preview server: saves the page cache in the background, skips the sources stamp, and after a first build publishes
     * the pages before it brings their search index up to date, so an edit reaches the browser sooner. The output is the same once a build returns.
     */
    public SiteBuilder forPreview() {
        this.preview = new PreviewSaver(name);
        this.searchIndex = new SearchIndexStep(true);
        return this;
    }

    /** Like {@link #forPreview()}; a build applies the watcher's changes to the content folder's last listing instead of walking it. */
    public SiteBuilder forPreview(ContentChanges changes) {
        memory.contentChanges = Objects.requireNonNull(changes, "changes");
        return forPreview();
    }

    /** What the last builds left for the preview to serve of the drafts: their pages and files, or after a failure, their addresses. */
    public PreviewDrafts drafts() {
        return drafts;
    }

    /** Waits (up to ten seconds) for the preview's background saves, so nothing writes to the project after the preview stops. */
    public void finishSaving() {
        if (preview != null) {
            preview.finish();
        }
    }

    /**
     * The preview's build after its first: nothing changed, so it publishes nothing, but it runs what a save's build runs,
     * and a little more ({@link Rehearsal}), so the editor's first save is as quick as the next.
     */
    public BuildReport warmUp(Path output, int renderedAtStart) throws BuildFailure, IOException {
        rehearsal = Rehearsal.warmUp(renderedAtStart);
        RecordWarmUp.linkPageRecords();
        try {
            return build(output);
        } finally {
            rehearsal = Rehearsal.NONE;
        }
    }

    /** Builds the site into {@code output}, after any other build into it has finished ({@link OutputLock}). */
    public BuildReport build(Path output) throws BuildFailure, IOException {
        return build(output, warnings -> { });
    }

    /** Like {@link #build(Path)}; {@code pagesPublished} gets the warnings once the pages are in the output (in the preview, before their search index). */
    public BuildReport build(Path output, Consumer<List<String>> pagesPublished) throws BuildFailure, IOException {
        OutputFolder.check(projectDir, output);
        try (OutputLock lock = OutputLock.acquire(output)) {
            if (!lock.lastPublishedBy(name)) {
                // Another build has changed the output since this builder's last: what it remembers of the output is out of date.
                memory.lastCache = null;
            }
            if (preview != null) {
                preview.holdOff();
            }
            return buildAlone(output, lock, pagesPublished);
        } catch (BuildFailure failure) {
            drafts.failed(projectDir, preview != null);
            throw failure;
        }
    }

    private BuildReport buildAlone(Path output, OutputLock lock, Consumer<List<String>> pagesPublished) throws BuildFailure, IOException {
        timer.start();
        new StagedOutput(output).recover();
        // Whether anything changed is decided before the settings are validated: they are among the stamped sources, and the build that made the stamp validated them.
        UpToDate unchanged = preview != null ? UpToDate.NOT_CHECKED : UpToDate.check(projectDir, output);
        if (unchanged.report().isPresent()) {
            memory.storedCopies.clear(output); // the output is as the last good build left it: no copy a failed one kept is needed
            return unchanged.report().get().after(timer.millis());
        }
        SiteConfig config = SiteConfig.loadForBuild(projectDir);
        memory.conflicts.stopAtFolders(projectDir, config);
        FingerprintedAssets assets = memory.assets(projectDir, config);
        String fingerprint = memory.fingerprint(projectDir, config, assets);
        RendererWarmUp renderer = memory.renderer(fingerprint, () -> RendererWarmUp.start(projectDir, config, assets));
        List<Problem> problems = new ArrayList<>();
        Inputs in = Inputs.read(projectDir, config, memory, timer, problems);
        BuildFailure.throwIfAny(withDamagedImages(problems, in, output, fingerprint), in.warnings());
        List<ContentDocument> published = in.published();
        List<PageSpec> specs = new PageSpecs(memory, preview != null).of(config, in, published, rehearsal, problems);
        timer.phase("page models");
        Plan plan = plan(config, in, published, assets, memory.cacheFor(output, fingerprint), output);
        Rendering rendering = new RenderStep(memory, timer, rehearsal, preview != null).render(plan, specs, renderer.await());
        try {
            // Pages made whole: the checks read them, not the image copies, so a damaged image stops the build only after them.
            boolean pagesMade = problems.isEmpty() && rendering.pages().stream().allMatch(o -> o.problems().isEmpty());
            problems.addAll(rendering.problems());
            if (pagesMade || !rendering.images().isEmpty()) {
                problems.addAll(in.images().damagedInDrafts()); // no copy of theirs is made; else withDamagedImages names them
            }
            if (!pagesMade) {
                BuildFailure.throwIfAny(rendering.images().isEmpty() ? withDamagedImages(problems, in, output, fingerprint) : problems, in.warnings());
            }
            SiteFiles written = completeAndCheck(plan, rendering, LinkPreviews.of(specs, in.ui()), problems);
            DraftChecks checks = new DraftChecks(projectDir, plan, renderer.await(), memory.pictureWarnings, preview != null);
            List<String> warnings = checks.addTo(in.withHeavyShareCopies(published, rendering.site(), output), rendering, written.linkable());
            drafts.passed(checks.pages(), in.images().draftFiles());
            warnings = withHostLimits(warnings, written.host(), output);
            timer.phase("drafts");
            long millis = timer.millis();
            publish(rendering, plan.cache(), output, written, lock);
            memory.storedCopies.clear(output);
            written.host().writeBeside(output);
            timer.phase("publish");
            Published done = new Published(rendering, written.files());
            if (plan.afterPages()) {
                pagesPublished.accept(warnings);
                done = followPages(plan, rendering, written.files());
            }
            // The host files (the root copy of the not-found page among them) are configuration, not pages.
            BuildReport built = new BuildReport(output, OutputFiles.countPages(written.pages(), config.languages()), done.rendering().rendered(),
                    done.rendering().files().size() - done.rendering().rendered(), warnings, millis, false, written.hostChanged());
            searchIndex.published();
            save(plan.cache(), done.rendering(), done.files(), unchanged.sources(), built, lock);
            return built;
        } finally {
            StagedOutput.delete(rendering.site().getParent());
        }
    }

    /**
     * What the build works from once every page's model is known (also {@link RenderStep}'s).
     *
     * @param ours       true when the output is the one this builder made last, with the page cache it left
     * @param afterPages true when the pages are published before their cards and search index (the preview, {@link #forPreview})
     */
    record Plan(SiteConfig config, Inputs in, List<ContentDocument> published, FingerprintedAssets assets, PageCache cache, Path output,
                        boolean ours, boolean afterPages) {
    }

    private Plan plan(SiteConfig config, Inputs in, List<ContentDocument> published, FingerprintedAssets assets, PageCache cache, Path output) {
        boolean ours = memory.lastCache == cache && output.equals(memory.lastOutput);
        boolean afterPages = searchIndex.canFollowPages(preview != null, cache.reusableIn(output), ours);
        return new Plan(config, in, published, assets, cache, output, ours, afterPages);
    }

    /**
     * The site's files: its pages (with the search index), those plus the host files, those a link may lead to, whether these are
     * the last output's, the host's rules, and which host files changed.
     */
    private record SiteFiles(Set<String> pages, Set<String> files, Set<String> linkable, boolean sameFiles, HostConfiguration host,
                             List<String> hostChanged) {
    }

    /** Writes the assets, the content folder's other files, the search index and the host files beside the pages, then checks the site. */
    private SiteFiles completeAndCheck(Plan plan, Rendering rendering, Function<ContentDocument, LinkPreview> previews, List<Problem> problems)
            throws IOException, BuildFailure {
        plan.assets().writeTo(rendering.site());
        OutputFiles.copyContentFiles(plan.config().contentDir(), plan.in().files().others(), rendering.site(), plan.in().images()::publishedAsItIs);
        timer.phase("assets");
        List<String> searchFiles = searchIndex.withPages(rendering, plan.output(), plan.ours(), plan.afterPages(), plan.config(), plan.in().ui());
        timer.phase("search index");
        Set<String> pages = rendering.allFiles(searchFiles);
        HostConfiguration host = memory.lastHost = HostConfiguration.of(pages, plan.assets(), plan.published(), plan.config(), previews, memory.lastHost);
        Set<String> files = new HashSet<>(pages);
        List<String> hostFiles = host.writeInto(rendering.site());
        files.addAll(hostFiles);
        // Compared once, for the checks and the publishing: 6,700 files at 2 x 1,000 articles.
        boolean sameFiles = plan.cache().sameFiles(files);
        Set<String> linkable = host.linkable(files);
        problems.addAll(SiteChecks.ofBuild(projectDir, plan.config(), plan.in(), plan.published(), rendering, plan.cache(), linkable, sameFiles,
                plan.output()));
        BuildFailure.throwIfAny(problems, plan.in().warnings());
        timer.phase("checks");
        return new SiteFiles(pages, files, linkable, sameFiles, host, HostFileChanges.of(rendering.site(), plan.output(), hostFiles));
    }

    /** The warnings, and those of the host files that pass Cloudflare's limits, at the output as the project names it. */
    private List<String> withHostLimits(List<String> warnings, HostConfiguration host, Path output) {
        Path shown = output.startsWith(projectDir) ? projectDir.relativize(output) : output;
        List<String> over = host.warnings(shown);
        return over.isEmpty() ? warnings : Stream.concat(warnings.stream(), over.stream()).toList();
    }

    /** What was published, with the files the next build compares against. */
    private record Published(Rendering rendering, Set<String> files) {
    }

    /** In the preview, once the pages are online: their cards, then their search index. */
    private Published followPages(Plan plan, Rendering rendering, Set<String> files) throws IOException {
        Rendering withCards = rendering.withCards(plan.in().images().produce(rendering.cardsToFollow(), file -> memory.keyOf(plan.cache().fingerprint(), file),
                new PreviousOutput(plan.cache(), plan.output(), rendering.site(), true, plan.ours())));
        Published done = new Published(withCards, searchIndex.afterPages(withCards, plan.output(), files, plan.config(), plan.in().ui()));
        timer.phase("cards and search index, after the pages");
        return done;
    }

    /**
     * Replaces the output: a first build renames the staged folder into place, later ones move only changed files. Before it
     * changes a file it names its builder in the lock file ({@link OutputLock}); the preview's names itself even when none changes.
     */
    private void publish(Rendering rendering, PageCache cache, Path output, SiteFiles written, OutputLock lock) throws IOException {
        Set<String> files = written.files();
        cache.invalidate();
        memory.lastCache = null;
        if (rendering.incremental()) {
            Path site = rendering.site();
            List<String> moves = OutputFiles.list(site).stream().filter(f -> OutputFiles.changed(site.resolve(f), output.resolve(f))).sorted().toList();
            List<String> deletes = written.sameFiles() ? List.of() : cache.previousFiles().stream().filter(f -> !files.contains(f)).sorted().toList();
            if (preview != null || !moves.isEmpty() || !deletes.isEmpty()) {
                lock.publishing(name);
            }
            rendering.staged().apply(site, moves, deletes);
        } else {
            lock.publishing(name);
            rendering.staged().publish(rendering.site());
        }
    }

    /** Records the published pages' keys for the next build (in the preview, in the background unless a build waits: {@link PreviewSaver}). */
    private void save(PageCache cache, Rendering rendering, Set<String> files, String sources, BuildReport report, OutputLock lock) throws IOException {
        Map<String, PageCache.Entry> entries = rendering.entries();
        if (preview != null) {
            preview.save(lock, cache, entries, files, sources, report);
        } else {
            cache.save(entries, files, sources, report);
        }
        memory.lastCache = cache.after(entries, files);
        memory.lastOutput = report.output();
    }

    /**
     * The problems, and when there are any, the damaged images among those whose copies the build has not made yet (it stops
     * before it does): one build names every broken image. Copies the previous output holds were whole when made, and so
     * were those a failed build kept ({@link StoredCopies}).
     */
    private List<Problem> withDamagedImages(List<Problem> problems, Inputs in, Path output, String fingerprint) throws IOException {
        if (!problems.isEmpty()) {
            PageCache cache = memory.cacheFor(output, fingerprint);
            problems.addAll(in.images().damagedAmong(file -> {
                String key = memory.keyOf(fingerprint, file);
                boolean published = cache.reusable(file.outputPath(), key).isPresent() && Files.isRegularFile(output.resolve(file.outputPath()));
                return !published && !memory.storedCopies.has(output, file, key);
            }));
        }
        return problems;
    }
}
