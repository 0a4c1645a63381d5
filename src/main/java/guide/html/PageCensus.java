package guide.html;

import guide.check.ContentHtml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements the HTML passes work on, found in one walk of a page right after it is parsed:
 * each pass used to select its own with a walk of the whole page, a dozen walks of every page of
 * a build (about 5 % of a cold build's CPU in JFR). Each list is in document order and holds what
 * the selector named in its accessor finds in the page as parsed.
 *
 * <p>A pass that reads a list later sees its elements with the changes earlier passes made; what
 * the passes add in between (the table of contents' links, the footnotes' heading, the section
 * notes' links, the affiliate labels) is in no list, and {@link HtmlPasses} says where that matters.
 */
final class PageCensus implements NodeVisitor {
    private static final String PROSE = "data-prose";
    private static final String DISCLOSURE = "data-affiliate-disclosure";

    private Element root;
    private Element prose;
    private Element tableOfContents;
    private Element footnotes;
    private Element main;
    private final List<Element> content = new ArrayList<>();
    private final List<Element> withId = new ArrayList<>();
    private final List<Element> aligned = new ArrayList<>();
    private final List<Element> footnoteRefs = new ArrayList<>();
    private final List<Element> links = new ArrayList<>();
    private final List<Element> contentLinks = new ArrayList<>();
    private final List<Element> anchorsInMain = new ArrayList<>();
    private final List<Element> images = new ArrayList<>();
    private final List<Element> disclosures = new ArrayList<>();
    /** How many content containers ({@code [data-content]}) the walk is inside. */
    private int inContent;
    /** Whether the walk is inside the page's first {@code main}. */
    private boolean inMain;

    private PageCensus() {
    }

    /** The census of the page as it is now. */
    static PageCensus of(Document doc) {
        PageCensus census = new PageCensus();
        NodeTraversor.traverse(census, doc);
        return census;
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        attributed(e);
        switch (e.normalName()) {
            case "html" -> root = root == null ? e : root;
            case "main" -> {
                if (main == null) {
                    main = e;
                    inMain = true;
                }
            }
            case "a" -> anchor(e);
            case "p", "div" -> {
                if (e.hasAttr("style")) {
                    aligned.add(e);
                }
            }
            case "td", "th" -> {
                if (e.hasAttr("style") || e.hasAttr("align")) {
                    aligned.add(e);
                }
            }
            case "img" -> {
                if (e.hasAttr("src")) {
                    images.add(e);
                }
            }
            case "nav" -> {
                if (tableOfContents == null && e.hasAttr("data-toc")) {
                    tableOfContents = e;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node == main) {
            inMain = false;
        }
        if (node instanceof Element e && e.hasAttr(ContentHtml.MARKER)) {
            inContent--;
        }
    }

    /** What any element's attributes put it in: an id, a content container, the text, the footnotes, the disclosure. */
    private void attributed(Element e) {
        if (e.hasAttr("id")) {
            withId.add(e);
        }
        if (e.hasAttr(ContentHtml.MARKER)) {
            content.add(e);
            inContent++;
        }
        if (prose == null && e.hasAttr(PROSE)) {
            prose = e;
        }
        if (footnotes == null && e.hasClass("footnotes")) {
            footnotes = e;
        }
        if (e.hasAttr(DISCLOSURE)) {
            disclosures.add(e);
        }
    }

    private void anchor(Element a) {
        if (inMain) {
            anchorsInMain.add(a);
        }
        if (!a.hasAttr("href")) {
            return;
        }
        links.add(a);
        if (inContent > 0) {
            contentLinks.add(a);
        }
        if (FootnoteOrder.REFS.matches(a, a)) {
            footnoteRefs.add(a);
        }
    }

    /** The first {@code html} element, or null. */
    Element root() {
        return root;
    }

    /** The first {@code [data-prose]}: the article's text, or null. */
    Element prose() {
        return prose;
    }

    /** The first {@code nav[data-toc]}, or null. */
    Element tableOfContents() {
        return tableOfContents;
    }

    /** The first {@code .footnotes}, or null. */
    Element footnotes() {
        return footnotes;
    }

    /** The first {@code main}, or null. */
    Element main() {
        return main;
    }

    /** {@code [data-content]}: the elements that hold an editor's content. */
    List<Element> content() {
        return content;
    }

    /** {@code [id]}. */
    List<Element> withId() {
        return withId;
    }

    /** {@code p[style], div[style], td[style], th[style], td[align], th[align]}: what {@link TextAlignment} looks at. */
    List<Element> aligned() {
        return aligned;
    }

    /** {@code a.footnote-ref[href^=#fn-]}: the footnotes' numbers in the text. */
    List<Element> footnoteRefs() {
        return footnoteRefs;
    }

    /** {@code a[href]}. */
    List<Element> links() {
        return links;
    }

    /** {@code [data-content] a[href]}, each once. */
    List<Element> contentLinks() {
        return contentLinks;
    }

    /** {@code a} inside the first {@code main}. */
    List<Element> anchorsInMain() {
        return anchorsInMain;
    }

    /** {@code img[src]}. */
    List<Element> images() {
        return images;
    }

    /** {@code [data-affiliate-disclosure]}. */
    List<Element> disclosures() {
        return disclosures;
    }
}
