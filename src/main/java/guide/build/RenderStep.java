package guide.build;

import guide.concurrent.AllCores;
import guide.content.ContentDocument;
import guide.html.AffiliateLinks;
import guide.html.HtmlPasses;
import guide.html.PageLanguage;
import guide.image.ImageFile;
import guide.render.PageSpec;
import guide.render.TemplateRenderer;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 3 of a build (README.md, "How a build is made"): renders every page into a new staging folder on both cores, or
 * takes it from the previous output when its key is the same, runs the HTML passes, writes the assets and the content
 * folder's other files beside the pages, starts their search index ({@link SearchIndexStep#start}), then makes the image
 * copies and (unless the preview makes them after the pages are published) the social cards while the index is made. Kept apart from {@link SiteBuilder}, which
 * decides what to build and publishes it, so that each stays short enough to read whole.
 */
final class RenderStep {
    private final BuildMemory memory;
    private final BuildTimer timer;
    private final Rehearsal rehearsal;
    private final boolean preview;
    private final SearchIndexStep searchIndex;

    /** @param preview whether the builder is the preview's, which keeps each page's body HTML between builds ({@link BodyHtmlMemo}) */
    RenderStep(BuildMemory memory, BuildTimer timer, Rehearsal rehearsal, boolean preview, SearchIndexStep searchIndex) {
        this.memory = memory;
        this.searchIndex = searchIndex;
        this.timer = timer;
        this.rehearsal = rehearsal;
        this.preview = preview;
    }

    /**
     * Renders or reuses every page of {@code specs}, writes the assets and content files, starts the search index, then makes the
     * image copies and (unless they follow the pages) the cards. On a failure the staging folder is deleted, once the index has stopped.
     */
    Rendering render(BuildPlan plan, List<PageSpec> specs, TemplateRenderer renderer) throws IOException {
        SiteConfig config = plan.config();
        Inputs in = plan.in();
        PageCache cache = plan.cache();
        Path output = plan.output();
        StagedOutput staged = new StagedOutput(output);
        Path site = staged.newWorkDir().resolve("site");
        Files.createDirectories(site);
        boolean incremental = cache.reusableIn(output);
        Map<String, ContentDocument> documents = new HashMap<>();
        plan.published().forEach(doc -> documents.put(doc.outputPath(), doc));
        HtmlPasses passes = new HtmlPasses(new AffiliateLinks(config.affiliatePatterns()), config.baseUrl(),
                PageLanguage.forSite(config, in.ui()), in.images().responsive());
        PreviousOutput previous = new PreviousOutput(cache, output, site, incremental, plan.ours());
        PageProducer producer = new PageProducer(previous, renderer, passes, in.ui(), documents, rehearsal.pagesOf(specs, documents.keySet()),
                preview ? memory.bodies::html : TemplateRenderer::bodyHtml);
        try {
            List<PageProducer.Outcome> outcomes = AllCores.map(specs,
                    spec -> producer.produce(spec, memory.keyOf(spec, documents.get(spec.outputPath()), cache, preview)));
            timer.phase("render or reuse pages");
            if (preview) {
                memory.bodies.keepOnly(specs);
            }
            boolean rendered = outcomes.stream().allMatch(o -> o.problems().isEmpty());
            // Before the index, as before it when the index was written after the cards: a content file in a search folder
            // (content/pl/search/meta.json) is then replaced by the index's, whatever the order of the threads.
            plan.assets().writeTo(site);
            OutputFiles.copyContentFiles(config.contentDir(), in.files().others(), site, in.images()::publishedAsItIs);
            timer.phase("assets");
            if (rendered) {
                searchIndex.start(plan, site, incremental, outcomes.stream().flatMap(o -> o.search().stream()).toList());
            }
            List<ImageFile> cards = in.images().cards(specs);
            List<PageProducer.Outcome> images = rendered ? in.images().produceCopiesAnd(plan.afterPages() ? List.of() : cards,
                    file -> memory.keyOf(cache.fingerprint(), file), previous, memory.storedCopies, output) : List.of();
            timer.phase("cards and image copies");
            return new Rendering(site, outcomes, images, plan.afterPages() ? cards : List.of(), staged, incremental);
        } catch (RuntimeException | IOException e) {
            searchIndex.settle();
            StagedOutput.delete(site.getParent());
            throw e;
        }
    }
}
