package guide.check;

import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.io.Serializable;
import java.util.List;

/**
 * A page's own links as the checks need them, taken while the page is still parsed in memory:
 * the checks then judge every page without reading and parsing it again, and parse (with line
 * positions) only the few pages they find a problem on, to say where it is.
 *
 * @param targets          addresses of links, images, scripts and stylesheets ({@link LinkCheck})
 * @param imageWithoutAlt  an image lacks alt text
 * @param affiliateProblem an affiliate link lacks the disclosure before it ({@link AffiliateDisclosureCheck})
 * @param mainLinks        addresses of links in the main content, not the language switch ({@link CrossLanguageLinkCheck})
 */
public record PageLinks(List<String> targets, boolean imageWithoutAlt, boolean affiliateProblem, List<String> mainLinks)
        implements Serializable {
    private static final Evaluator IMAGES = Selector.evaluatorOf("img");

    public static PageLinks of(Document doc) {
        return new PageLinks(LinkCheck.linkElements(doc).stream().map(LinkCheck::rawTarget).toList(),
                doc.select(IMAGES).stream().anyMatch(LinkCheck::lacksAlt),
                AffiliateDisclosureCheck.misplaced(doc),
                CrossLanguageLinkCheck.mainLinks(doc).stream().map(e -> e.attr("href")).toList());
    }
}
