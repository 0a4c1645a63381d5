package guide.html;

import guide.check.AffiliateDisclosureCheck;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * What readers see of affiliate links, decided from the rendered page alone: every link that
 * {@link LinkAttributes} marked {@code rel="sponsored"} gets a visible label after it ("(affiliate
 * link)", in the page's language), and the affiliate disclosure that every page's layout includes
 * ({@code [data-affiliate-disclosure]}) stays only on pages that have such a link. The same
 * detector ({@link AffiliateLinks}) thus decides the rel attribute, the label and the disclosure,
 * and {@link AffiliateDisclosureCheck} then checks the page with the same selectors.
 */
public final class AffiliateMarks {
    private static final Evaluator MAIN = Selector.evaluatorOf("main");
    static final String LABEL_CLASS = "affiliate-label";

    private AffiliateMarks() {
    }

    /** @param label the label in the page's language, e.g. "link afiliacyjny" */
    public static void apply(Document doc, String label) {
        Element main = doc.selectFirst(MAIN);
        Elements sponsored = main == null ? new Elements() : main.select(AffiliateDisclosureCheck.SPONSORED);
        for (Element link : sponsored) {
            Element next = link.nextElementSibling();
            if (next == null || !next.hasClass(LABEL_CLASS)) {
                link.after(new Element("span").addClass(LABEL_CLASS).text("(" + label + ")"));
                link.after(" ");
            }
        }
        if (sponsored.isEmpty()) {
            doc.select(AffiliateDisclosureCheck.DISCLOSURE).remove();
        }
    }
}
