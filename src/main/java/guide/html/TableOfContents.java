package guide.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills the template's {@code <nav data-toc>} with links to the article's h2 headings (h3 nested
 * under them); removes it when an article has fewer than two sections.
 */
public final class TableOfContents {
    private TableOfContents() {
    }

    public static void apply(Document doc) {
        Element nav = doc.selectFirst("nav[data-toc]");
        if (nav == null) {
            return;
        }
        Element list = nav.selectFirst("ol");
        Element prose = doc.selectFirst("[data-prose]");
        var headings = prose == null ? new org.jsoup.select.Elements() : prose.select("h2, h3");
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
                Element sub = current.selectFirst("ol");
                if (sub == null) {
                    sub = current.appendElement("ol");
                }
                sub.appendElement("li").appendElement("a").attr("href", "#" + heading.id()).text(heading.text());
            }
        }
        nav.removeAttr("data-toc");
    }
}
