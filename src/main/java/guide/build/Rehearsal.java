package guide.build;

import guide.render.PageSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which reused pages the preview's warm-up renders anyway ({@link SiteBuilder#warmUp}): up to
 * {@value #DOCUMENTS} document pages spread over the site, and the first page of each kind the build
 * makes itself (home page, archive page, feed, sitemap...: a retitled article renders them again).
 * Enough for the JVM to compile the template engine's, Markdown's and the HTML passes' code on the
 * paths a save takes, and few enough that the warm-up is over before an editor's first save.
 */
final class Rehearsal {
    static final int DOCUMENTS = 16;

    private Rehearsal() {
    }

    /** The output paths of the pages to rehearse among {@code specs}; {@code documentPages}: the pages made from content files. */
    static Set<String> pagesOf(List<PageSpec> specs, Set<String> documentPages) {
        Set<String> pages = new HashSet<>();
        List<PageSpec> documents = specs.stream().filter(spec -> documentPages.contains(spec.outputPath())).toList();
        int step = Math.max(1, documents.size() / DOCUMENTS);
        for (int i = 0; i < documents.size(); i += step) {
            pages.add(documents.get(i).outputPath());
        }
        Set<String> kinds = new HashSet<>();
        specs.stream().filter(spec -> !documentPages.contains(spec.outputPath()) && kinds.add(spec.type()))
                .forEach(spec -> pages.add(spec.outputPath()));
        return pages;
    }
}
