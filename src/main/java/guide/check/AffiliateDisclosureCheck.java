package guide.check;

import guide.site.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A page with an affiliate link ({@code rel~=sponsored}) must show the affiliate disclosure, and
 * before the first such link, so readers learn it before they could click.
 */
public final class AffiliateDisclosureCheck {
    /** An affiliate link: {@code sponsored} among the words of its {@code rel} (which {@code guide.html.LinkAttributes} sets). */
    public static final Evaluator SPONSORED = new Evaluator() {
        @Override
        public boolean matches(Element root, Element element) {
            if (!element.nameIs("a")) {
                return false;
            }
            String rel = element.attr("rel").toLowerCase(Locale.ROOT);
            return rel.contains("sponsored") && Arrays.asList(rel.split("\\s+")).contains("sponsored");
        }
    };
    /** The affiliate disclosure that every page's layout includes (templates/partials/affiliate-disclosure.ftl). */
    public static final Evaluator DISCLOSURE = WithAttribute.named("data-affiliate-disclosure");

    public void checkPage(BuiltSite site, String page, Document doc, SourceLocator locator, List<Problem> problems) {
        Element firstAffiliate = doc.selectFirst(SPONSORED);
        if (firstAffiliate == null) {
            return;
        }
        Element disclosure = doc.selectFirst(DISCLOSURE);
        SourceLocator.Location at = locator.locate(page, firstAffiliate.attr("href"), firstAffiliate);
        if (disclosure == null) {
            problems.add(new Problem(at.file(), at.line(), "affiliate link without the affiliate disclosure on the page: "
                    + firstAffiliate.attr("href")));
        } else if (!precedes(doc, disclosure, firstAffiliate)) {
            problems.add(new Problem(at.file(), at.line(), "affiliate link comes before the affiliate disclosure: "
                    + firstAffiliate.attr("href")));
        }
    }

    private static boolean precedes(Document doc, Element first, Element second) {
        Elements all = doc.getAllElements();
        return all.indexOf(first) < all.indexOf(second);
    }
}
