package guide.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's own links as the checks need them, taken while the page is still parsed in memory:
 * the checks then judge every page without reading and parsing it again, and parse (with line
 * positions) only the few pages they find a problem on, to say where it is. Taken in one walk
 * of the page, which finds what each check's own selection would ({@link LinkCheck#linkElements},
 * {@link AffiliateDisclosureCheck}'s first affiliate link and disclosure, {@link CrossLanguageLinkCheck#mainLinks}): a walk
 * costs as much as the page is long, and this runs on every page of every build.
 *
 * @param targets          addresses of links, images, scripts and stylesheets ({@link LinkCheck})
 * @param imageWithoutAlt  an image lacks alt text
 * @param affiliateProblem an affiliate link lacks the disclosure before it ({@link AffiliateDisclosureCheck})
 * @param mainLinks        addresses of links in the main content, not the language switch ({@link CrossLanguageLinkCheck})
 */
public record PageLinks(List<String> targets, boolean imageWithoutAlt, boolean affiliateProblem, List<String> mainLinks)
        implements Serializable {

    public static PageLinks of(Document doc) {
        Walk walk = new Walk(doc);
        NodeTraversor.traverse(walk, doc);
        boolean affiliateProblem = walk.sponsored && !walk.disclosedFirst;
        return new PageLinks(List.copyOf(walk.targets), walk.imageWithoutAlt, affiliateProblem, List.copyOf(walk.mainLinks));
    }

    /** What the walk has met so far, in document order. */
    private static final class Walk implements NodeVisitor {
        private final Element root;
        private final List<String> targets = new ArrayList<>();
        private final List<String> mainLinks = new ArrayList<>();
        private boolean imageWithoutAlt;
        private boolean sponsored;
        private boolean disclosure;
        /** The first disclosure came before the first affiliate link. */
        private boolean disclosedFirst;
        private int insideMain;

        Walk(Element root) {
            this.root = root;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("main")) {
                insideMain++;
            }
            if (LinkCheck.isLinkElement(root, e)) {
                targets.add(LinkCheck.rawTarget(e));
            }
            if (tag.equals("img") && LinkCheck.lacksAlt(e)) {
                imageWithoutAlt = true;
            }
            // The link first: a disclosure that is the affiliate link itself does not come before it.
            if (!sponsored && AffiliateDisclosureCheck.SPONSORED.matches(root, e)) {
                sponsored = true;
            }
            if (!disclosure && AffiliateDisclosureCheck.DISCLOSURE.matches(root, e)) {
                disclosure = true;
                disclosedFirst = !sponsored;
            }
            if (insideMain > 0 && tag.equals("a") && e.hasAttr("href") && !e.hasAttr("data-lang-switch")) {
                mainLinks.add(e.attr("href"));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.normalName().equals("main")) {
                insideMain--;
            }
        }
    }
}
