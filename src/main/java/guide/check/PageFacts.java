package guide.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What other pages' checks need to know about a built page, kept small so a large site's
 * pages need not stay parsed in memory: its language, canonical URL, hreflang alternates, ids, and the
 * ids of its sections (the headings of its text, then a quiz's signs, offered when a link's {@code #anchor} misses: a link to
 * {@code #sign-late-paymnets} is offered {@code #sign-late-payments}).
 */
public record PageFacts(String lang, String canonical, Map<String, String> alternates, Set<String> ids, List<String> sections)
        implements Serializable {
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");
    private static final Evaluator ALTERNATES = Selector.evaluatorOf("link[rel=alternate][hreflang]");

    public static PageFacts of(Document doc) {
        Element head = doc.head();
        Element canonical = head.selectFirst(CANONICAL);
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element link : head.select(ALTERNATES)) {
            alternates.put(link.attr("hreflang"), link.attr("href"));
        }
        Walk walk = new Walk();
        NodeTraversor.traverse(walk, doc);
        List<String> sections = new ArrayList<>(walk.headings);
        sections.addAll(walk.signs);
        return new PageFacts(walk.html == null ? "" : walk.html.attr("lang").strip().toLowerCase(Locale.ROOT),
                canonical == null ? "" : canonical.attr("href"), Collections.unmodifiableMap(alternates), Set.copyOf(walk.ids),
                List.copyOf(sections));
    }

    /**
     * One walk of the page for what the selectors {@code html}, {@code [id]}, {@code [data-prose] h2[id], h3[id], h4[id]} (in the
     * first {@code [data-prose]}, the text) and {@code .quiz-sign[data-section][id]} (a quiz's signs, its groups of statements:
     * templates/quiz.ftl; /js/quiz.js finds them so) find, in document order: one walk instead of three on every page of a build.
     */
    private static final class Walk implements NodeVisitor {
        private Element html;
        private Element prose;
        private boolean inProse;
        private final Set<String> ids = new HashSet<>();
        private final List<String> headings = new ArrayList<>();
        private final List<String> signs = new ArrayList<>();

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (html == null && e.nameIs("html")) {
                html = e;
            }
            if (e.attributesSize() == 0) {
                return;
            }
            if (prose == null && e.hasAttr("data-prose")) {
                prose = e;
                inProse = true;
            }
            if (!e.hasAttr("id")) {
                return;
            }
            ids.add(e.id());
            if (inProse && (e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4"))) {
                headings.add(e.attr("id"));
            }
            if (e.hasClass("quiz-sign") && e.hasAttr("data-section")) {
                signs.add(e.attr("id"));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == prose) {
                inProse = false;
            }
        }
    }
}
