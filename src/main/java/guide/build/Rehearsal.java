package guide.build;

import guide.content.ContentDocument;
import guide.content.HeaderKeys;
import guide.render.PageSpec;
import guide.translation.TranslationReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the preview's warm-up ({@link SiteBuilder#warmUp}), a rebuild with nothing changed, does besides a save's usual
 * work, so that the editor's first save runs code the JVM has run and compiled before:
 * <ul>
 * <li>it makes the page models of some documents again ({@link #modelsOf}), as a save makes the model of the document it
 *     changed, and the build compares each with the remembered one: they are equal, so no page is rendered for it, but the
 *     code that makes and compares models has run (the records' {@code equals} are linked beforehand: {@link RecordWarmUp});</li>
 * <li>when the first build took its pages from the output ({@link #pages}), it renders some of them anyway and leaves
 *     them unwritten ({@link #pagesOf}), so the template engine's, Markdown's and the HTML passes' code is compiled.</li>
 * </ul>
 * Few enough documents and pages that the warm-up is over before an editor's first save. {@link #NONE} for every other build.
 */
record Rehearsal(boolean models, boolean pages) {
    static final int DOCUMENTS = 16;
    static final Rehearsal NONE = new Rehearsal(false, false);

    /** The warm-up's rehearsal, after a first build that rendered {@code renderedAtStart} files. */
    static Rehearsal warmUp(int renderedAtStart) {
        return new Rehearsal(true, renderedAtStart < DOCUMENTS);
    }

    /**
     * The output paths of the pages to render anyway among {@code specs} ({@code documentPages}: the pages made from content
     * files): {@link #spread} document pages, and the first page of each kind the build makes itself (root page, archive
     * page, feed, sitemap, robots.txt: a retitled article renders some of them again). None unless {@link #pages}.
     */
    Set<String> pagesOf(List<PageSpec> specs, Set<String> documentPages) {
        Set<String> picked = new HashSet<>();
        if (!pages) {
            return picked;
        }
        spread(specs.stream().filter(spec -> documentPages.contains(spec.outputPath())).toList()).forEach(spec -> picked.add(spec.outputPath()));
        Set<String> kinds = new HashSet<>();
        specs.stream().filter(spec -> !documentPages.contains(spec.outputPath()) && kinds.add(spec.type()))
                .forEach(spec -> picked.add(spec.outputPath()));
        return picked;
    }

    /**
     * The source files of the documents whose models to make again: {@link #spread} documents, the first document of each
     * type, language and translation status, and the first with each header field the guide reads, so that the models
     * made cover every part a model can be made of (a quiz, a legal notice, a translation's "based on"...). None unless
     * {@link #models}.
     */
    Set<Path> modelsOf(List<ContentDocument> published, TranslationReport report) {
        Set<Path> picked = new HashSet<>();
        if (!models) {
            return picked;
        }
        spread(published).forEach(doc -> picked.add(doc.source()));
        Map<String, ContentDocument> firstOfKind = new LinkedHashMap<>();
        for (ContentDocument doc : published) {
            firstOfKind.putIfAbsent(doc.type() + "|" + doc.lang() + "|" + report.stateOf(doc).map(state -> state.status().name()).orElse(""), doc);
            doc.frontMatter().values().keySet().stream().filter(HeaderKeys::isKnown).forEach(key -> firstOfKind.putIfAbsent(key, doc));
        }
        firstOfKind.values().forEach(doc -> picked.add(doc.source()));
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
