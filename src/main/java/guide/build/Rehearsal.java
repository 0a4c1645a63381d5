package guide.build;

import guide.render.PageSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which reused pages the preview's warm-up renders anyway ({@link SiteBuilder#warmUp}): every page
 * the build makes itself (home pages, archive pages, feeds, sitemap: a retitled article re-renders
 * them) and up to {@value #DOCUMENTS} document pages spread over the site, enough for the JVM to
 * compile the template engine's, Markdown's and the HTML passes' code on every path a save takes.
 */
final class Rehearsal {
    static final int DOCUMENTS = 48;

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
        specs.stream().map(PageSpec::outputPath).filter(path -> !documentPages.contains(path)).forEach(pages::add);
        return pages;
    }
}
