package guide.build;

import guide.content.ContentDocument;
import guide.render.PageSpec;
import guide.translation.TranslationReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the preview's warm-up ({@link SiteBuilder#warmUp}), a rebuild with nothing changed, does besides a save's usual
 * work, so that the editor's first save runs code the JVM has run and compiled before:
 * <ul>
 * <li>it makes the page models of some documents again ({@link #modelsOf}), as a save makes the model of the document it
 *     changed, and the build compares each with the remembered one: they are equal, so no page is rendered for it, but
 *     each record's {@code equals} is linked on its first call (about 20 ms of CPU of a first save at 2 × 1,000);</li>
 * <li>when the first build took its pages from the output ({@link #pages}), it renders some of them anyway and leaves
 *     them unwritten ({@link #pagesOf}), so the template engine's, Markdown's and the HTML passes' code is compiled.</li>
 * </ul>
 * Few enough documents and pages that the warm-up is over before an editor's first save. {@link #NONE} for every other build.
 */
record Rehearsal(boolean models, boolean pages) {
    static final int DOCUMENTS = 16;
    /** At most this many documents besides the spread ones, one of each kind ({@link #modelsOf}). */
    static final int KINDS = 48;
    static final Rehearsal NONE = new Rehearsal(false, false);

    /** The warm-up's rehearsal, after a first build that rendered {@code renderedAtStart} files. */
    static Rehearsal warmUp(int renderedAtStart) {
        return new Rehearsal(true, renderedAtStart < DOCUMENTS);
    }

    /**
     * The output paths of the pages to render anyway among {@code specs} ({@code documentPages}: the pages made from content
     * files): {@link #spread} document pages, and the first page of each kind the build makes itself (home page, archive
     * page, feed, sitemap...: a retitled article renders them again). None unless {@link #pages}.
     */
    Set<String> pagesOf(List<PageSpec> specs, Set<String> documentPages) {
        Set<String> pages = new HashSet<>();
        if (!this.pages) {
            return pages;
        }
        spread(specs.stream().filter(spec -> documentPages.contains(spec.outputPath())).toList()).forEach(spec -> pages.add(spec.outputPath()));
        Set<String> kinds = new HashSet<>();
        specs.stream().filter(spec -> !documentPages.contains(spec.outputPath()) && kinds.add(spec.type()))
                .forEach(spec -> pages.add(spec.outputPath()));
        return pages;
    }

    /**
     * The source files of the documents whose models to make again: {@link #spread} documents, and the first document of
     * each kind (type, language, header fields, translation status), so that the comparison reaches every part a model can
     * hold (an outdated translation's notice, a quiz, a legal notice...: {@code equals} only reaches a part a model has).
     * None unless {@link #models}.
     */
    Set<Path> modelsOf(List<ContentDocument> published, TranslationReport report) {
        Set<Path> picked = new HashSet<>();
        if (!models) {
            return picked;
        }
        spread(published).forEach(doc -> picked.add(doc.source()));
        Map<String, ContentDocument> firstOfKind = new LinkedHashMap<>();
        for (ContentDocument doc : published) {
            String kind = doc.type() + "|" + doc.lang() + "|" + new TreeSet<>(doc.frontMatter().values().keySet()) + "|"
                    + report.stateOf(doc).map(state -> state.status().name()).orElse("");
            firstOfKind.putIfAbsent(kind, doc);
        }
        firstOfKind.values().stream().limit(KINDS).forEach(doc -> picked.add(doc.source()));
        return picked;
    }

    /**
     * {@code items} evenly spread from the first to the end, every (n / {@value #DOCUMENTS})-th: all of them when there are
     * fewer than 32, else 16 to 24 of them.
     */
    static <T> List<T> spread(List<T> items) {
        int step = Math.max(1, items.size() / DOCUMENTS);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < items.size(); i += step) {
            picked.add(items.get(i));
        }
        return picked;
    }
}
