package guide.html;

import guide.check.AffiliateDisclosureCheck;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.List;

/**
 * What readers see of affiliate links, decided from the rendered page alone: every link that
 * {@link LinkAttributes} marked {@code rel="sponsored"} gets a visible label after it ("(affiliate
 * link)", in the page's language), and the affiliate disclosure that every page's layout includes
 * ({@code [data-affiliate-disclosure]}) stays only on pages that have such a link; a label the editor typed
 * after the link is dropped, so that it is never shown twice. The same
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
        apply(main == null ? List.of() : main.select(AffiliateDisclosureCheck.SPONSORED), doc.select(AffiliateDisclosureCheck.DISCLOSURE), label);
    }

    /**
     * @param anchorsInMain the {@code a} elements in the page's first {@code main}, in document order: those
     *                      {@link AffiliateDisclosureCheck#SPONSORED} matches now are the affiliate links
     * @param disclosures   the page's {@code [data-affiliate-disclosure]}
     */
    static void apply(List<Element> anchorsInMain, List<Element> disclosures, String label) {
        List<Element> sponsored = anchorsInMain.stream().filter(a -> AffiliateDisclosureCheck.SPONSORED.matches(a, a) && a.ownerDocument() != null).toList();
        for (Element link : sponsored) {
            Element next = link.nextElementSibling();
            if (next == null || !next.hasClass(LABEL_CLASS)) {
                dropWrittenLabel(link, "(" + label + ")");
                link.after(new Element("span").addClass(LABEL_CLASS).text("(" + label + ")"));
                link.after(" ");
            }
        }
        if (sponsored.isEmpty()) {
            disclosures.forEach(Element::remove);
        }
    }

    /**
     * The label as an editor may have typed it after the link, "[FreshBooks](…) (link afiliacyjny)", which README
     * says not to: taken out of the text, so that readers see the label once, the build's, rather than twice.
     */
    private static void dropWrittenLabel(Element link, String label) {
        if (link.nextSibling() instanceof TextNode text) {
            String after = text.getWholeText();
            String rest = after.stripLeading();
            if (rest.regionMatches(true, 0, label, 0, label.length())) {
                text.text(rest.substring(label.length()));
            }
        }
    }
}
