package guide.check;

import guide.site.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * hreflang alternates must be complete and reciprocal: a page lists itself, and every page it
 * lists as a translation lists it back. Search engines ignore one-sided alternates.
 */
public final class HreflangCheck {
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");
    private static final Evaluator ALTERNATES = Selector.evaluatorOf("link[rel=alternate][hreflang]");
    private final String siteUrl;

    public HreflangCheck(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    public void checkPage(BuiltSite site, String page, Document doc, SourceLocator locator, List<Problem> problems) {
        Map<String, String> alternates = alternates(doc);
        if (alternates.isEmpty()) {
            return;
        }
        Element canonical = doc.selectFirst(CANONICAL);
        List<String> messages = problems(site, canonical == null ? "" : canonical.attr("href"), alternates);
        if (!messages.isEmpty()) {
            SourceLocator.Location at = locator.locate(page, null, canonical);
            messages.forEach(message -> problems.add(new Problem(at.file(), at.line(), message)));
        }
    }

    /** True when {@link #checkPage} would find nothing, judged from the page's facts alone (no parsing). */
    public boolean passes(BuiltSite site, PageFacts facts) {
        return facts.alternates().isEmpty() || problems(site, facts.canonical(), facts.alternates()).isEmpty();
    }

    private List<String> problems(BuiltSite site, String self, Map<String, String> alternates) {
        List<String> messages = new ArrayList<>();
        if (!alternates.containsValue(self)) {
            messages.add("hreflang alternates do not include the page itself (" + self + ")");
        }
        for (Map.Entry<String, String> alt : alternates.entrySet()) {
            if (alt.getKey().equals("x-default") || alt.getValue().equals(self)) {
                continue;
            }
            Optional<String> target = alt.getValue().startsWith(siteUrl) ? site.resolve(alt.getValue().substring(siteUrl.length())) : Optional.empty();
            if (target.isEmpty()) {
                messages.add("hreflang " + alt.getKey() + " points to a missing page: " + alt.getValue());
            } else if (!site.facts(target.get()).alternates().containsValue(self)) {
                messages.add("hreflang " + alt.getKey() + " target " + alt.getValue() + " does not list this page back");
            }
        }
        return messages;
    }

    private static Map<String, String> alternates(Document doc) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element link : doc.select(ALTERNATES)) {
            result.put(link.attr("hreflang"), link.attr("href"));
        }
        return result;
    }
}
