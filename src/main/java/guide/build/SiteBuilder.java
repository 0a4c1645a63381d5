package guide.build;

import guide.content.ContentChanges;
import guide.content.ContentDocument;
import guide.publish.FingerprintedAssets;
import guide.render.PageSpec;
import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The whole build, as README.md ("How a build is made") describes it: read and validate content; work out translations,
 * quiz checklists and every page's model; render (or reuse) each page with JBake's Freemarker
 * template engine and run the HTML passes; check the whole site; and only when nothing failed,
 * replace the output folder. Any problem stops the build with every problem found listed. {@link #build} reads as those steps
 * in order; each step is its own class ({@link PageSpecs}, {@link RenderStep}, {@link CheckStep}, {@link DraftChecks},
 * {@link PublishStep}), and what the preview serves of the drafts is kept in {@link PreviewDrafts}.
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
        DamagedImageRule damaged = new DamagedImageRule(memory, in, output, fingerprint);
        BuildFailure.throwIfAny(damaged.addTo(problems), in.warnings());
        List<ContentDocument> published = in.published();
        List<PageSpec> specs = new PageSpecs(memory, preview != null).of(config, in, published, rehearsal, problems);
        timer.phase("page models");
        BuildPlan.Destination to = BuildPlan.Destination.of(output, fingerprint, memory);
        BuildPlan plan = BuildPlan.of(config, in, assets, to, searchIndex.canFollowPages(preview != null, to.incremental(), to.ours()));
        Rendering rendering = new RenderStep(memory, timer, rehearsal, preview != null, searchIndex).render(plan, specs, renderer.await());
        try {
            damaged.afterRendering(rendering, problems);
            SiteFiles written = new CheckStep(projectDir, memory, timer, searchIndex).completeAndCheck(plan, rendering, LinkPreviews.of(specs, in.ui()),
                    problems);
            DraftChecks checks = new DraftChecks(projectDir, plan, renderer.await(), memory.pictureWarnings, preview != null);
            List<String> warnings = checks.addTo(in.withHeavyShareCopies(published, rendering.site(), output), rendering, written.linkable());
            drafts.passed(checks.pages(), in.images().draftFiles());
            List<String> told = written.withHostLimits(warnings, projectDir, output);
            timer.phase("drafts");
            long millis = timer.millis();
            PublishStep publishing = new PublishStep(memory, timer, searchIndex, preview, name, lock);
            PublishStep.Published done = publishing.publish(plan, rendering, written);
            if (plan.afterPages()) {
                pagesPublished.accept(told);
                done = publishing.followPages(plan, done);
            }
            BuildReport built = done.report(output, written, config, told, millis);
            publishing.save(plan.cache(), done, unchanged.sources(), built, in.stored(told));
            return built;
        } finally {
            searchIndex.settle();
            StagedOutput.delete(rendering.site().getParent());
        }
    }
}
