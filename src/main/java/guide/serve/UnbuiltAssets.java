package guide.serve;

import guide.build.SourcesStamp;
import guide.publish.FingerprintedAssets;
import guide.site.BuildFailure;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The asset folder's files as the next build would publish them, for addresses the output folder does not have. The
 * dashboard links the site's style sheet by the name the assets give it now ({@code /css/site.1afd105c.css}), so
 * when the first build failed, or a build failed after the style sheet was edited, no build has written that file
 * and the dashboard would show unstyled. Never written to the output, which stays the last good build's.
 *
 * <p>Reading them means reading and fingerprinting every file of the folder, and every address the output lacks asks
 * (a missing picture, a mistyped link, the browser's {@code /favicon.ico}); so what was read is kept until the folder's
 * stamp (its files' names, sizes and times, as the build's memo takes it: {@link SourcesStamp}) changes, and follows
 * the assets as they are saved.
 */
final class UnbuiltAssets {
    /** How the folder is read: {@link FingerprintedAssets#read}, or a test's count of the reads. */
    interface Reader {
        FingerprintedAssets read(Path projectDir, Path assetDir) throws BuildFailure, IOException;
    }

    private final Path projectDir;
    private final Reader reader;
    /** The folder and its stamp at the last read; {@code assets} is null when that read failed. */
    private String key;
    private FingerprintedAssets assets;

    UnbuiltAssets(Path projectDir) {
        this(projectDir, FingerprintedAssets::read);
    }

    UnbuiltAssets(Path projectDir, Reader reader) {
        this.projectDir = projectDir;
        this.reader = reader;
    }

    /** The bytes of the asset published at {@code path} (no leading slash), or empty when the assets have none there or cannot be read. */
    synchronized Optional<byte[]> find(String path) {
        try {
            Path assetDir = SiteConfig.load(projectDir).assetDir();
            String now = assetDir + "\n" + SourcesStamp.of(List.of(assetDir));
            if (!now.equals(key)) {
                key = null;
                assets = null;
                try {
                    assets = reader.read(projectDir, assetDir);
                } catch (BuildFailure e) {
                    // a script that imports a missing asset: none is served until the folder changes
                }
                key = now;
            }
            return assets == null ? Optional.empty() : assets.published(path);
        } catch (BuildFailure | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
