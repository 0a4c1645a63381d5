package guide.build;

import guide.site.CommandText;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 4 of a build that passed its checks (README.md, "How a build is made"), and what follows it: replaces the output with the staged
 * site ({@link #publish}), in the preview makes the cards and search index once the pages are online ({@link #followPages}),
 * and records the published files for the next build ({@link #save}). Kept apart from {@link SiteBuilder}, which only
 * orders the steps.
 */
final class PublishStep {
    private final BuildMemory memory;
    private final BuildTimer timer;
    private final SearchIndexStep searchIndex;
    private final PreviewSaver preview;
    private final String name;
    private final OutputLock lock;

    /**
     * @param preview the preview's background saver; null for a builder that is not the preview's
     * @param name    the builder's name in the output's lock file ({@link OutputLock})
     */
    PublishStep(BuildMemory memory, BuildTimer timer, SearchIndexStep searchIndex, PreviewSaver preview, String name, OutputLock lock) {
        this.memory = memory;
        this.timer = timer;
        this.searchIndex = searchIndex;
        this.preview = preview;
        this.name = name;
        this.lock = lock;
    }

    /** What was published, with the files the next build compares against. */
    record Published(Rendering rendering, Set<String> files) {
        /** The build's report; the host files (the root copy of the not-found page among them) are configuration, not pages. */
        BuildReport report(Path output, SiteFiles written, SiteConfig config, List<String> warnings, long millis) {
            return new BuildReport(output, OutputFiles.countPages(written.pages(), config.languages()), rendering.rendered(),
                    rendering.files().size() - rendering.rendered(), warnings, millis, false, written.hostChanged());
        }
    }

    /**
     * Replaces the output, then writes the host files beside it: a first build renames the staged folder into place, later
     * ones move only changed files. Before it changes a file it names its builder in the lock file ({@link OutputLock}); the
     * preview's names itself even when none changes.
     */
    Published publish(BuildPlan plan, Rendering rendering, SiteFiles written) throws IOException {
        Path output = plan.output();
        PageCache cache = plan.cache();
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
        memory.storedCopies.clear(output);
        written.host().writeBeside(output);
        timer.phase("publish");
        return new Published(rendering, files);
    }

    /** In the preview, once the pages are online: their cards, then their search index. */
    Published followPages(BuildPlan plan, Published pages) throws IOException {
        Rendering rendering = pages.rendering();
        Rendering withCards = rendering.withCards(plan.in().images().produce(rendering.cardsToFollow(), file -> memory.keyOf(plan.cache().fingerprint(), file),
                new PreviousOutput(plan.cache(), plan.output(), rendering.site(), true, plan.ours())));
        Published done = new Published(withCards, searchIndex.afterPages(withCards, plan.output(), pages.files(), plan.config(), plan.in().ui()));
        timer.phase("cards and search index, after the pages");
        return done;
    }

    /**
     * Says the search index is the output's now, and records the published pages' keys for the next build (in the preview, in
     * the background unless a build waits: {@link PreviewSaver}).
     */
    void save(PageCache cache, Published done, String sources, BuildReport report, List<CommandText> warnings) throws IOException {
        searchIndex.published();
        Map<String, PageCache.Entry> entries = done.rendering().entries();
        if (preview != null) {
            preview.save(lock, cache, entries, done.files(), new PageCache.Said(sources, report, warnings));
        } else {
            cache.save(entries, done.files(), new PageCache.Said(sources, report, warnings));
        }
        memory.lastCache = cache.after(entries, done.files());
        memory.lastOutput = report.output();
    }
}
