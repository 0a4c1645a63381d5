package guide.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What other pages' checks need to know about a built page, kept small so a large site's
 * pages need not stay parsed in memory: its language, canonical URL, hreflang alternates, ids, and the
 * ids of its sections (the headings of its text, offered when a link's {@code #anchor} misses).
 */
public record PageFacts(String lang, String canonical, Map<String, String> alternates, Set<String> ids, java.util.List<String> sections)
        implements java.io.Serializable {

    public static PageFacts of(Document doc) {
        Element html = doc.selectFirst("html");
        Element head = doc.head();
        Element canonical = head.selectFirst("link[rel=canonical]");
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element link : head.select("link[rel=alternate][hreflang]")) {
            alternates.put(link.attr("hreflang"), link.attr("href"));
        }
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            ids.add(e.id());
        }
        return new PageFacts(html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT),
                canonical == null ? "" : canonical.attr("href"), Collections.unmodifiableMap(alternates), Set.copyOf(ids),
                sections(doc));
    }

    /** The ids of the headings of the page's text. */
    private static java.util.List<String> sections(Document doc) {
        Element prose = doc.selectFirst("[data-prose]");
        return prose == null ? java.util.List.of() : prose.select("h2[id], h3[id], h4[id]").eachAttr("id");
    }
}
