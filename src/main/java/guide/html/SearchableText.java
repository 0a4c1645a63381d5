package guide.html;

import guide.content.Whitespace;
import guide.search.PageText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The text of a rendered page as search indexes it: the {@code h1} and what readers read, that is
 * the article text ({@code [data-prose]}) and what a template marks with {@code data-search-text}
 * (the quiz's statements and advice), cut into sections at headings with an id (and at a
 * fieldset's legend); hidden parts, controls and {@code data-search-skip} are left out. Only
 * pages whose head says {@code <meta name="guide-search" content="index">} are indexed (not 404
 * pages, the root page or the archive's lists).
 */
public final class SearchableText {
    private static final Evaluator SEARCH_MARKER = Selector.evaluatorOf("meta[name=guide-search]");
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");
    private static final Evaluator TITLE = Selector.evaluatorOf("h1");
    private static final Evaluator ROOT = Selector.evaluatorOf("html");
    private static final Evaluator REGIONS = Selector.evaluatorOf("[data-prose], [data-search-text]");
    private static final Set<String> SKIPPED = Set.of("script", "style", "button", "input", "select", "textarea", "nav", "svg", "template");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    private SearchableText() {
    }

    public static Optional<PageText> of(Document doc) {
        Element marker = doc.selectFirst(SEARCH_MARKER);
        Element canonical = doc.selectFirst(CANONICAL);
        Element h1 = doc.selectFirst(TITLE);
        Element html = doc.selectFirst(ROOT);
        if (marker == null || !marker.attr("content").equals("index") || canonical == null || h1 == null || html == null) {
            return Optional.empty();
        }
        List<PageText.Section> sections = new ArrayList<>();
        Collector collector = new Collector(sections);
        for (Element region : doc.select(REGIONS)) {
            if (region.parents().stream().noneMatch(p -> p.hasAttr("data-prose") || p.hasAttr("data-search-text"))) {
                collector.walk(region);
                collector.blockBreak();
            }
        }
        collector.finish();
        String url = canonical.attr("href").replaceFirst("^https?://[^/]+", "");
        return Optional.of(new PageText(html.attr("lang"), url, h1.text(), marker.attr("data-date"), sections));
    }

    /** Walks the regions in order, starting a section at every heading with an id. */
    private static final class Collector {
        private final List<PageText.Section> sections;
        private String anchor = "";
        private String heading = "";
        private final StringBuilder text = new StringBuilder();

        Collector(List<PageText.Section> sections) {
            this.sections = sections;
        }

        void walk(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (child instanceof Element e && !skipped(e)) {
                    if (HEADINGS.contains(e.normalName()) && !e.id().isEmpty()) {
                        startSection(e.id(), e.text());
                    } else if (e.normalName().equals("legend") && e.parent() != null && !e.parent().id().isEmpty()) {
                        startSection(e.parent().id(), e.text());
                    } else {
                        boolean block = e.isBlock() || e.normalName().equals("br");
                        if (block) {
                            blockBreak();
                        }
                        walk(e);
                        if (block) {
                            blockBreak();
                        }
                    }
                }
            }
        }

        private static boolean skipped(Element e) {
            return SKIPPED.contains(e.normalName()) || e.hasAttr("hidden") || e.hasAttr("data-search-skip")
                    || "true".equals(e.attr("aria-hidden"));
        }

        void blockBreak() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }

        private void startSection(String id, String title) {
            finish();
            anchor = id;
            heading = title;
        }

        void finish() {
            String clean = Whitespace.collapse(text.toString()).strip();
            if (!clean.isEmpty() || !heading.isEmpty()) {
                sections.add(new PageText.Section(anchor, heading, clean));
            }
            text.setLength(0);
            anchor = "";
            heading = "";
        }
    }
}
