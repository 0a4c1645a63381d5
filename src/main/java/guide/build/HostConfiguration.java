package guide.build;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.publish.CloudflareLimits;
import guide.publish.FingerprintedAssets;
import guide.publish.HostFiles;
import guide.publish.HostSite;
import guide.publish.LinkPreview;
import guide.publish.MovedPage;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The host configuration a build writes with the site (see {@link HostFiles}): {@code _headers} and
 * {@code _redirects} inside it, the nginx snippet beside it. The texts
 * are made once per set of files and settings: the preview reuses the previous build's while an
 * edit adds or removes no file.
 */
final class HostConfiguration {
    private final Inputs inputs;
    private final HostFiles.Texts texts;
    /** What the host files pass of Cloudflare's limits ({@link CloudflareLimits}), without the folder. */
    private final List<String> overLimits;

    /** What the host files are written from, compared cheaply (hash sets) to tell a site of the same shape. */
    private record Inputs(Set<String> files, Set<String> immutable, Map<String, String> notFoundPages, String defaultLanguage, boolean https,
                          List<MovedPage> moved) {
    }

    private HostConfiguration(Inputs inputs) {
        this.inputs = inputs;
        this.texts = HostFiles.Texts.of(new HostSite(new TreeSet<>(inputs.files()), inputs.immutable(), inputs.notFoundPages(),
                inputs.defaultLanguage(), inputs.https(), inputs.moved()));
        this.overLimits = CloudflareLimits.passed(texts.headers(), texts.redirects(), inputs.moved().size());
    }

    /**
     * The built site as the host files describe it: its files, assets and not-found pages; {@code previous} itself if it describes the same site.
     *
     * @param files the site's files, which the caller no longer changes: they are kept, not copied (a copy of 6,700 names at
     *              2 x 1,000 articles cost about 3 ms of CPU)
     */
    static HostConfiguration of(Set<String> files, FingerprintedAssets assets, List<ContentDocument> published, SiteConfig config,
                                Function<ContentDocument, LinkPreview> previews, HostConfiguration previous) {
        Map<String, String> notFound = new LinkedHashMap<>();
        for (String lang : config.languages()) {
            published.stream().filter(d -> d.type() == DocumentType.NOTFOUND && d.lang().equals(lang)).findFirst()
                    .ifPresent(d -> notFound.put(lang, d.outputPath()));
        }
        Inputs inputs = new Inputs(Collections.unmodifiableSet(files), assets.fingerprintedFiles(), notFound, config.defaultLanguage(),
                config.baseUrl().startsWith("https:"), moved(published, config, previews));
        return previous != null && previous.inputs.equals(inputs) ? previous : new HostConfiguration(inputs);
    }

    /** The earlier addresses of the published pages ({@code aliases=}, which {@code AliasesCheck} has checked), with the pages' link previews. */
    private static List<MovedPage> moved(List<ContentDocument> published, SiteConfig config, Function<ContentDocument, LinkPreview> previews) {
        List<MovedPage> moved = new ArrayList<>();
        for (ContentDocument doc : published) {
            for (String from : MovedPage.addresses(doc.frontMatter().get(MovedPage.HEADER))) {
                moved.add(new MovedPage(from, doc.url(), doc.lang(), doc.title(), config.baseUrl() + doc.url(), previews.apply(doc)));
            }
        }
        moved.sort(Comparator.comparing(MovedPage::from));
        return moved;
    }

    /**
     * The files a link may lead to: all but the forwarding pages at renamed pages' earlier addresses, since a link
     * to one of those is to name the page's address now.
     */
    Set<String> linkable(Set<String> files) {
        if (inputs.moved().isEmpty()) {
            return files;
        }
        Set<String> linkable = new HashSet<>(files);
        inputs.moved().forEach(page -> linkable.remove(page.file()));
        return linkable;
    }

    /**
     * Warnings for the host files that pass what Cloudflare reads of them, each at the file's place in the site folder as the
     * project names it ({@code target/site/_redirects: warning: …}).
     */
    List<String> warnings(Path shownOutput) {
        String folder = shownOutput.toString().replace('\\', '/');
        return overLimits.stream().map(w -> folder + "/" + w).toList();
    }

    /** Writes the files that go inside the site into the staging folder; returns them. */
    List<String> writeInto(Path staging) throws IOException {
        return HostFiles.writeInto(staging, texts);
    }

    /** Writes the nginx snippet beside the published output (never inside, where readers could fetch it). */
    void writeBeside(Path output) throws IOException {
        HostFiles.writeNginx(output, texts);
    }
}
