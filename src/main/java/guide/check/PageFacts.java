package guide.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
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
    private static final Evaluator ROOT = Selector.evaluatorOf("html");
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");
    private static final Evaluator ALTERNATES = Selector.evaluatorOf("link[rel=alternate][hreflang]");
    private static final Evaluator WITH_ID = WithAttribute.named("id");
    private static final Evaluator PROSE = WithAttribute.named("data-prose");
    private static final Evaluator SECTION_HEADINGS = Selector.evaluatorOf("h2[id], h3[id], h4[id]");
    /** A quiz's sign, its group of statements (templates/quiz.ftl; /js/quiz.js finds them so). */
    private static final Evaluator QUIZ_SIGNS = Selector.evaluatorOf(".quiz-sign[data-section][id]");

    public static PageFacts of(Document doc) {
        Element html = doc.selectFirst(ROOT);
        Element head = doc.head();
        Element canonical = head.selectFirst(CANONICAL);
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element link : head.select(ALTERNATES)) {
            alternates.put(link.attr("hreflang"), link.attr("href"));
        }
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select(WITH_ID)) {
            ids.add(e.id());
        }
        return new PageFacts(html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT),
                canonical == null ? "" : canonical.attr("href"), Collections.unmodifiableMap(alternates), Set.copyOf(ids),
                sections(doc));
    }

    /** The ids of the headings of the page's text, then of a quiz's signs. */
    private static List<String> sections(Document doc) {
        Element prose = doc.selectFirst(PROSE);
        List<String> sections = new ArrayList<>(prose == null ? List.of() : prose.select(SECTION_HEADINGS).eachAttr("id"));
        sections.addAll(doc.select(QUIZ_SIGNS).eachAttr("id"));
        return List.copyOf(sections);
    }
}
