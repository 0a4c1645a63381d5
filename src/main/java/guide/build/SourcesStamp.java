package guide.build;

import guide.content.Authors;
import guide.site.SiteConfig;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Stamps of what a build reads, by file name, size and modification time (the way make decides):
 * cheap enough to take before deciding whether to build at all, and to tell when the fingerprint
 * of templates, settings and code (which reads every byte) must be taken again.
 */
final class SourcesStamp {
    private SourcesStamp() {
    }

    /** Everything a build reads: content, templates, assets, settings, the builder's code. */
    static String of(Path projectDir, SiteConfig.Folders folders) throws IOException {
        return of(List.of(folders.content(), folders.templates(), folders.assets(), projectDir.resolve(SiteConfig.FILE_NAME), codeRoot()));
    }

    static String of(List<Path> roots) throws IOException {
        return PageCache.sources(roots);
    }

    /** What the validation of a content file depends on besides the file: the settings and the authors. */
    static String context(Path projectDir, SiteConfig config) throws IOException {
        return of(List.of(projectDir.resolve(SiteConfig.FILE_NAME), config.contentDir().resolve(Authors.FILE)));
    }

    /** The fingerprint of templates, settings and code, taken again only when their stamp changed. */
    static String fingerprint(Path projectDir, SiteConfig config, Map<String, String> remembered) throws IOException {
        Path settings = projectDir.resolve(SiteConfig.FILE_NAME);
        String stamp = of(List.of(config.templateDir(), settings, codeRoot()));
        String fingerprint = remembered.get(stamp);
        if (fingerprint == null) {
            fingerprint = PageCache.fingerprint(config.templateDir(), settings, codeRoot());
            remembered.clear();
            remembered.put(stamp, fingerprint);
        }
        return fingerprint;
    }

    /** Where the builder's classes are: their bytes are part of every page's key. */
    private static Path codeRoot() {
        try {
            return Path.of(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(".");
        }
    }
}
