package guide.html;

import guide.check.WithAttribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Fills the template's {@code <nav data-toc>} with links to the article's h2 headings (h3 nested
 * under them); removes it when an article has fewer than two sections.
 */
public final class TableOfContents {
    private static final Evaluator NAV = Selector.evaluatorOf("nav[data-toc]");
    private static final Evaluator LIST = Selector.evaluatorOf("ol");
    private static final Evaluator PROSE = WithAttribute.named("data-prose");
    private static final Evaluator HEADINGS = Selector.evaluatorOf("h2, h3");
    private TableOfContents() {
    }

    public static void apply(Document doc) {
        Element nav = doc.selectFirst(NAV);
        if (nav != null) {
            apply(nav, doc.selectFirst(PROSE));
        }
    }

    /**
     * @param nav   the page's first {@code nav[data-toc]}
     * @param prose the page's first {@code [data-prose]}, whose headings it lists, or null
     */
    static void apply(Element nav, Element prose) {
        Element list = nav.selectFirst(LIST);
        var headings = prose == null ? new Elements() : prose.select(HEADINGS);
        if (list == null || headings.stream().filter(h -> h.normalName().equals("h2")).count() < 2) {
            nav.remove();
            return;
        }
        Element current = null;
        for (Element heading : headings) {
            if (heading.tagName().equals("h2") || current == null) {
                current = list.appendElement("li");
                current.appendElement("a").attr("href", "#" + heading.id()).text(heading.text());
            } else {
                Element sub = current.selectFirst(LIST);
                if (sub == null) {
                    sub = current.appendElement("ol");
                }
                sub.appendElement("li").appendElement("a").attr("href", "#" + heading.id()).text(heading.text());
            }
        }
        nav.removeAttr("data-toc");
    }
}
