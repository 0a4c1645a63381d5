package guide.build;

import guide.content.ContentDocument;
import guide.publish.FingerprintedAssets;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build works from once every page's model is known: what it read, where it writes, the page cache it compares
 * with, and how it publishes. Made by {@link SiteBuilder}, read by each later step ({@link RenderStep}, {@link CheckStep},
 * {@link DraftChecks}, {@link PublishStep}), so that none of them needs the builder itself.
 *
 * @param published  the documents readers see ({@link Inputs#published})
 * @param ours       true when the output is the one this builder made last, with the page cache it left
 * @param afterPages true when the pages are published before their cards and search index (the preview, {@link SiteBuilder#forPreview})
 */
record BuildPlan(SiteConfig config, Inputs in, List<ContentDocument> published, FingerprintedAssets assets, PageCache cache, Path output,
                 boolean ours, boolean afterPages) {

    /**
     * The plan of a build of what {@code in} read, with {@code assets}, into {@code to}; {@code afterPages} as
     * {@link SearchIndexStep#canFollowPages} decides it for that destination.
     */
    static BuildPlan of(SiteConfig config, Inputs in, FingerprintedAssets assets, Destination to, boolean afterPages) {
        return new BuildPlan(config, in, in.published(), assets, to.cache(), to.output(), to.ours(), afterPages);
    }

    /**
     * Where a build writes: the output folder, the page cache it compares with, and whether both are the ones this builder
     * made last.
     */
    record Destination(Path output, PageCache cache, boolean ours) {

        /** The destination {@code output}, with the page cache {@code memory} keeps for it and {@code fingerprint}, else the output's own. */
        static Destination of(Path output, String fingerprint, BuildMemory memory) throws IOException {
            PageCache cache = memory.cacheFor(output, fingerprint);
            return new Destination(output, cache, memory.lastCache == cache && output.equals(memory.lastOutput));
        }

        /** True when the build will move only changed files into the output, reusing the others there ({@link PageCache#reusableIn}). */
        boolean incremental() {
            return cache.reusableIn(output);
        }
    }
}
