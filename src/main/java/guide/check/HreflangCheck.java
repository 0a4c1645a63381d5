package guide.check;

import guide.site.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * hreflang alternates must be complete and reciprocal: a page lists itself, and every page it
 * lists as a translation lists it back. Search engines ignore one-sided alternates.
 */
public final class HreflangCheck {
    private final String siteUrl;

    public HreflangCheck(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    public void checkPage(BuiltSite site, String page, Document doc, SourceLocator locator, List<Problem> problems) {
        {
            Map<String, String> alternates = alternates(doc);
            if (alternates.isEmpty()) {
                return;
            }
            Element canonical = doc.selectFirst("link[rel=canonical]");
            String self = canonical == null ? "" : canonical.attr("href");
            SourceLocator.Location at = locator.locate(page, null, canonical);
            if (!alternates.containsValue(self)) {
                problems.add(new Problem(at.file(), at.line(), "hreflang alternates do not include the page itself (" + self + ")"));
            }
            for (Map.Entry<String, String> alt : alternates.entrySet()) {
                if (alt.getKey().equals("x-default") || alt.getValue().equals(self)) {
                    continue;
                }
                Optional<String> target = alt.getValue().startsWith(siteUrl) ? site.resolve(alt.getValue().substring(siteUrl.length())) : Optional.empty();
                if (target.isEmpty()) {
                    problems.add(new Problem(at.file(), at.line(), "hreflang " + alt.getKey() + " points to a missing page: " + alt.getValue()));
                } else if (!site.facts(target.get()).alternates().containsValue(self)) {
                    problems.add(new Problem(at.file(), at.line(), "hreflang " + alt.getKey() + " target " + alt.getValue() + " does not list this page back"));
                }
            }
        }
    }

    private static Map<String, String> alternates(Document doc) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element link : doc.select("link[rel=alternate][hreflang]")) {
            result.put(link.attr("hreflang"), link.attr("href"));
        }
        return result;
    }
}
