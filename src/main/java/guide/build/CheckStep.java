package guide.build;

import guide.content.ContentDocument;
import guide.publish.LinkPreview;
import guide.site.BuildFailure;
import guide.site.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The end of step 3 of a build (README.md, "How a build is made"), after {@link RenderStep}: completes the staged site beside its pages (the search
 * index, which {@link RenderStep} began beside the cards, and the host files), then checks the whole site ({@link SiteChecks}) and stops the
 * build at any problem, every one listed. Kept apart from {@link SiteBuilder}, which only orders the steps.
 */
final class CheckStep {
    private final Path projectDir;
    private final BuildMemory memory;
    private final BuildTimer timer;
    private final SearchIndexStep searchIndex;

    CheckStep(Path projectDir, BuildMemory memory, BuildTimer timer, SearchIndexStep searchIndex) {
        this.projectDir = projectDir;
        this.memory = memory;
        this.timer = timer;
        this.searchIndex = searchIndex;
    }

    /** Writes (or takes) the search index and writes the host files beside the pages, then checks the site. */
    SiteFiles completeAndCheck(BuildPlan plan, Rendering rendering, Function<ContentDocument, LinkPreview> previews, List<Problem> problems)
            throws IOException, BuildFailure {
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
}
