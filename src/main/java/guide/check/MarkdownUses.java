package guide.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * What in the Markdown writes one element of a built page's text, to name its line when its address is written more
 * than once: the n-th element of the page like it (the same tag and address, and for an image, alt text or none
 * alike; counted in the page's text only when it is there) is the n-th such element the Markdown writes
 * ({@link MarkdownElements}: an image through a reference at its use, a tag over several lines at its first line,
 * code left out).
 * The first line that holds the address would name the wrong use where two uses differ: an image without
 * alt text shown earlier with it, a link to a photo's unpublished original below the photo itself, an image
 * whose address a reference definition further down gives. And the same fault written twice is named at each
 * of its lines, where each must be fixed.
 */
final class MarkdownUses {
    private MarkdownUses() {
    }

    /**
     * What the Markdown wrote as {@code element}, whose {@code attribute} holds the address; the last element like it when
     * the page has more such elements than the Markdown writes, and null when it writes none.
     */
    static MarkdownElements.Written use(MarkdownElements body, Element element, String attribute) {
        int nth = earlierAlike(element, attribute);
        MarkdownElements.Written last = null;
        for (MarkdownElements.Written written : body.all()) {
            if (alike(element, written.element(), attribute)) {
                if (nth == 0) {
                    return written;
                }
                nth--;
                last = written;
            }
        }
        return last;
    }

    /**
     * How many elements like {@code element} the page shows before it: in the page's text when it is in the text, so
     * that the logo of a page's header does not count; else anywhere.
     */
    private static int earlierAlike(Element element, String attribute) {
        Document page = element.ownerDocument();
        boolean inText = inText(element);
        int earlier = 0;
        for (Element e : page == null ? List.<Element>of() : page.getElementsByTag(element.tagName())) {
            if (e == element) {
                break;
            }
            earlier += alike(element, e, attribute) && (!inText || inText(e)) ? 1 : 0;
        }
        return earlier;
    }

    private static boolean alike(Element element, Element other, String attribute) {
        return other.tagName().equals(element.tagName()) && other.attr(attribute).equals(element.attr(attribute))
                && (!element.tagName().equals("img") || LinkCheck.lacksAlt(other) == LinkCheck.lacksAlt(element));
    }

    /**
     * True for an element of the page's text, which the Markdown writes: in an article's text ({@code [data-prose]}),
     * or in any place a template puts content ({@code [data-content]}, a marker the built page keeps only until it
     * is checked, so not in a page read back from the output).
     */
    private static boolean inText(Element element) {
        return element.parents().stream().anyMatch(p -> p.hasAttr("data-prose") || p.hasAttr(ContentHtml.MARKER));
    }
}
