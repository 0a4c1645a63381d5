package guide.build;

import guide.render.PageSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which reused pages the preview's warm-up renders anyway ({@link SiteBuilder#warmUp}), and which documents' page models it
 * makes again ({@link #spread}, {@link ModelMemory#rehearseNextBuild}): up to
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
        spread(specs.stream().filter(spec -> documentPages.contains(spec.outputPath())).toList()).forEach(spec -> pages.add(spec.outputPath()));
        Set<String> kinds = new HashSet<>();
        specs.stream().filter(spec -> !documentPages.contains(spec.outputPath()) && kinds.add(spec.type()))
                .forEach(spec -> pages.add(spec.outputPath()));
        return pages;
    }

    /** About {@value #DOCUMENTS} of {@code items}, evenly spread over them from the first (all of them when there are fewer). */
    static <T> List<T> spread(List<T> items) {
        int step = Math.max(1, items.size() / DOCUMENTS);
        List<T> picked = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i += step) {
            picked.add(items.get(i));
        }
        return picked;
    }
}
