package guide.build;

import guide.content.ContentDocument;
import guide.publish.FingerprintedAssets;
import guide.site.SiteConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build works from once every page's model is known: what it read, where it writes, the page cache it compares
 * with, and how it publishes. Made by {@link SiteBuilder}, read by each later step ({@link RenderStep}, {@link CheckStep},
 * {@link DraftChecks}, {@link PublishStep}), so that none of them needs the builder itself.
 *
 * @param ours       true when the output is the one this builder made last, with the page cache it left
 * @param afterPages true when the pages are published before their cards and search index (the preview, {@link SiteBuilder#forPreview})
 */
record BuildPlan(SiteConfig config, Inputs in, List<ContentDocument> published, FingerprintedAssets assets, PageCache cache, Path output,
                 boolean ours, boolean afterPages) {

    /** The plan of a build into {@code output} with {@code cache}, by a builder that remembers {@code memory}. */
    static BuildPlan of(SiteConfig config, Inputs in, List<ContentDocument> published, FingerprintedAssets assets, PageCache cache,
                        Path output, BuildMemory memory, SearchIndexStep searchIndex, boolean preview) {
        boolean ours = memory.lastCache == cache && output.equals(memory.lastOutput);
        boolean afterPages = searchIndex.canFollowPages(preview, cache.reusableIn(output), ours);
        return new BuildPlan(config, in, published, assets, cache, output, ours, afterPages);
    }
}
