package guide.build;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.publish.FingerprintedAssets;
import guide.publish.HostFiles;
import guide.publish.HostSite;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The host configuration a build writes with the site (see {@link HostFiles}): {@code _headers},
 * {@code _redirects} and a root {@code 404.html} inside it, the nginx snippet beside it.
 */
final class HostConfiguration {
    private final HostSite site;
    private final String defaultLanguage;

    private HostConfiguration(HostSite site, String defaultLanguage) {
        this.site = site;
        this.defaultLanguage = defaultLanguage;
    }

    /** The built site as the host files describe it: its files (the root not-found page included), assets and not-found pages. */
    static HostConfiguration of(Set<String> files, FingerprintedAssets assets, List<ContentDocument> published, SiteConfig config) {
        Map<String, String> notFound = new LinkedHashMap<>();
        for (String lang : config.languages()) {
            published.stream().filter(d -> d.type() == DocumentType.NOTFOUND && d.lang().equals(lang)).findFirst()
                    .ifPresent(d -> notFound.put(lang, d.outputPath()));
        }
        SortedSet<String> all = new TreeSet<>(files);
        if (notFound.containsKey(config.defaultLanguage())) {
            all.add(HostFiles.ROOT_NOT_FOUND);
        }
        return new HostConfiguration(new HostSite(all, assets.fingerprintedFiles(), notFound, config.defaultLanguage(),
                config.baseUrl().startsWith("https:")), config.defaultLanguage());
    }

    /** Writes the files that go inside the site into the staging folder; returns them. */
    List<String> writeInto(Path staging, Path output) throws IOException {
        Optional<Path> notFoundPage = Optional.ofNullable(site.notFoundPages().get(defaultLanguage))
                .map(page -> Files.exists(staging.resolve(page)) ? staging.resolve(page) : output.resolve(page));
        return HostFiles.writeInto(staging, site, notFoundPage);
    }

    /** Writes the nginx snippet beside the published output (never inside, where readers could fetch it). */
    void writeBeside(Path output) throws IOException {
        HostFiles.writeNginx(output, site);
    }
}
