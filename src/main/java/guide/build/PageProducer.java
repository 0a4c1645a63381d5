package guide.build;

import guide.check.ContentHtmlLocator;
import guide.check.LegalCitationLocator;
import guide.check.PageFacts;
import guide.check.PageLinks;
import guide.content.ContentDocument;
import guide.content.RememberedHeadingIds;
import guide.html.HtmlPasses;
import guide.html.SectionMarkers;
import guide.search.PageText;
import guide.i18n.UiStrings;
import guide.render.PageSpec;
import guide.render.TemplateRenderer;
import guide.site.Problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes one page of a build: takes it from the previous output when its key is unchanged, else
 * renders it with the template engine, runs the HTML passes and writes it to the staging folder.
 * Safe to call on several threads at once.
 */
final class PageProducer {
    private final PreviousOutput previous;
    private final TemplateRenderer renderer;
    private final HtmlPasses passes;
    private final UiStrings ui;
    private final Map<String, ContentDocument> documents;
    private final Set<String> rehearsed;
    private final Function<PageSpec, String> bodies;

    /** A page taken from the previous output or rendered, or the problems that stopped it. */
    record Outcome(String path, String key, boolean reused, PageFacts facts, PageLinks links, Optional<PageText> search,
                   List<Problem> problems) {
    }

    /**
     * @param documents the document of each content page, by output path, for locating problems
     * @param rehearsed the pages to render even when they are reused, and then to leave unwritten ({@link Rehearsal})
     * @param bodies    the HTML of a page's Markdown ({@link TemplateRenderer#bodyHtml}, or the preview's {@link BodyHtmlMemo})
     */
    PageProducer(PreviousOutput previous, TemplateRenderer renderer, HtmlPasses passes, UiStrings ui, Map<String, ContentDocument> documents,
                 Set<String> rehearsed, Function<PageSpec, String> bodies) {
        this.previous = previous;
        this.renderer = renderer;
        this.passes = passes;
        this.ui = ui;
        this.documents = documents;
        this.rehearsed = rehearsed;
        this.bodies = bodies;
    }

    Outcome produce(PageSpec spec, String key) {
        Optional<PageCache.Entry> reused = previous.reuse(spec.outputPath(), key);
        if (reused.isPresent()) {
            PageCache.Entry entry = reused.get();
            if (rehearsed.contains(spec.outputPath())) {
                rehearse(spec);
            }
            return new Outcome(spec.outputPath(), key, true, entry.facts(), entry.links(), Optional.ofNullable(entry.search()), List.of());
        }
        TemplateRenderer.Rendered rendered = renderer.render(spec, ui, bodies.apply(spec));
        if (rendered.problem() != null) {
            return new Outcome(spec.outputPath(), key, false, null, null, Optional.empty(), List.of(rendered.problem()));
        }
        String text = rendered.text();
        PageFacts facts = null;
        PageLinks links = null;
        Optional<PageText> search = Optional.empty();
        if (spec.isHtml()) {
            HtmlPasses.Result result = passes.process(text, markers(spec), editorIds(spec));
            if (!result.unsafe().isEmpty() || !result.legal().isEmpty()) {
                List<Problem> problems = new ArrayList<>();
                ContentHtmlLocator.locate(documents.get(spec.outputPath()), spec.outputPath(), result.unsafe(), problems);
                LegalCitationLocator.locate(documents.get(spec.outputPath()), spec.outputPath(), result.legal(), problems);
                return new Outcome(spec.outputPath(), key, false, null, null, Optional.empty(), problems);
            }
            text = result.html();
            facts = result.facts();
            links = result.links();
            search = result.search();
        }
        previous.write(spec.outputPath(), text.getBytes(StandardCharsets.UTF_8));
        return new Outcome(spec.outputPath(), key, false, facts, links, search, List.of());
    }

    /** Renders the page and runs its passes, and keeps nothing: the JVM compiles the code a save's build will run. */
    private void rehearse(PageSpec spec) {
        TemplateRenderer.Rendered rendered = renderer.render(spec, ui, bodies.apply(spec));
        if (rendered.problem() == null && spec.isHtml()) {
            passes.process(rendered.text(), markers(spec), editorIds(spec));
        }
    }

    /** The ids editors wrote on the headings of the page's Markdown, which those headings keep. */
    static Set<String> editorIds(PageSpec spec) {
        return spec.markdown() == null ? Set.of() : RememberedHeadingIds.ofSections(spec.markdown());
    }

    /** The sections of an outdated translation to mark in place, from its page model. */
    static List<SectionMarkers.Marker> markers(PageSpec spec) {
        var notice = spec.model().outdatedNotice();
        if (notice == null) {
            return List.of();
        }
        return notice.sections().stream()
                .map(s -> new SectionMarkers.Marker(s.anchor(), s.marker(), s.originalUrl(), s.linkText(), notice.lang())).toList();
    }
}
