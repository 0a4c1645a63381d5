package guide.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks links by where they go: external links get {@code rel="noopener"}, affiliate links
 * {@code rel="sponsored noopener"} so search engines and readers' tools know what they are.
 */
public final class LinkAttributes {
    private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");
    private final AffiliateLinks affiliates;
    private final String siteUrl;

    public LinkAttributes(AffiliateLinks affiliates, String siteUrl) {
        this.affiliates = affiliates;
        this.siteUrl = siteUrl;
    }

    public void apply(Document doc) {
        apply(doc.select(LINKS));
    }

    /** @param links the page's {@code a[href]} */
    void apply(List<Element> links) {
        for (Element a : links) {
            String href = a.attr("href");
            boolean external = (href.startsWith("http://") || href.startsWith("https://")) && !href.startsWith(siteUrl + "/")
                    && !href.equals(siteUrl);
            if (!external) {
                continue;
            }
            Set<String> rel = new LinkedHashSet<>(List.of(a.attr("rel").split("\\s+")));
            rel.remove("");
            if (affiliates.isAffiliate(href)) {
                rel.add("sponsored");
            }
            rel.add("noopener");
            a.attr("rel", String.join(" ", rel));
        }
    }
}
