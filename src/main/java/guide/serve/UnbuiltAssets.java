package guide.serve;

import guide.publish.FingerprintedAssets;
import guide.site.BuildFailure;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The asset folder's files as the next build would publish them, for addresses the output folder does not have. The
 * dashboard links the site's style sheet by the name the assets give it now ({@code /css/site.1afd105c.css}), so
 * when the first build failed, or a build failed after the style sheet was edited, no build has written that file
 * and the dashboard would show unstyled. Read afresh at each request, so it follows the assets as they are saved;
 * never written to the output, which stays the last good build's.
 */
final class UnbuiltAssets {
    private UnbuiltAssets() {
    }

    /** The bytes of the asset published at {@code path} (no leading slash), or empty when the assets have none there or cannot be read. */
    static Optional<byte[]> find(Path projectDir, String path) {
        try {
            return FingerprintedAssets.read(projectDir, SiteConfig.load(projectDir).assetDir()).published(path);
        } catch (BuildFailure | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
