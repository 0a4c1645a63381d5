package guide.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import guide.content.Markdown;
import guide.site.TextLines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The images and links a Markdown body writes, in the order the page shows them, each with the file line where an
 * editor wrote it: where its {@code ![} or {@code [} starts, and for one through a reference ({@code ![alt][ref]}) that
 * is the use, not the {@code [ref]: /images/x.jpg} line further down that only gives the address (the line of its
 * address, where a wrong one is corrected, is kept apart); in raw HTML, where its tag starts ({@code <img} of a tag
 * written over several lines), and the elements an HTML tag writes besides.
 * This is flexmark's reading of the whole text, not a search of its lines: an address in code, in a reference
 * definition or in an HTML comment writes no element, and one written over several lines is still one.
 * Each element is as flexmark renders it, its attributes as the page has them before the build's passes.
 */
public final class MarkdownElements {
    /**
     * An element the body writes, the file line where it starts, and the line that holds its address: for an image or a link
     * through a reference, its definition's (where a wrong address is corrected, once for all its uses); else the same line.
     */
    public record Written(Element element, int line, int addressLine) {
        Written(Element element, int line) {
            this(element, line, line);
        }
    }

    private final List<Written> written;

    private MarkdownElements(List<Written> written) {
        this.written = List.copyOf(written);
    }

    /** @param firstLine the file line of the body's first line */
    public static MarkdownElements of(String body, int firstLine) {
        Document markdown = Markdown.parse(body);
        String references = references(markdown);
        int[] lineStarts = lineStarts(body);
        List<Written> written = new ArrayList<>();
        for (Node node : markdown.getDescendants()) {
            int line = firstLine + lineIndex(lineStarts, node.getStartOffset());
            int addressLine = node instanceof RefNode ref && ref.getReferenceNode(markdown) != null
                    ? firstLine + lineIndex(lineStarts, ref.getReferenceNode(markdown).getStartOffset()) : line;
            if (node instanceof Image || node instanceof ImageRef) {
                renderedAs(node, "img", references).ifPresent(e -> written.add(new Written(e, line, addressLine)));
            } else if (node instanceof Link || node instanceof LinkRef || node instanceof AutoLink || node instanceof MailLink) {
                renderedAs(node, "a", references).ifPresent(e -> written.add(new Written(e, line, addressLine)));
            } else if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                for (Element e : tags(node.getChars().toString())) {
                    written.add(new Written(e, line + e.sourceRange().start().lineNumber() - 1));
                }
            }
        }
        return new MarkdownElements(written);
    }

    /** Every element the body writes, in the page's order. */
    public List<Written> all() {
        return written;
    }

    /** The file line of the first {@code <tag>} the body writes whose {@code attribute} is {@code value}, or 0 when it writes none. */
    public int firstLine(String tag, String attribute, String value) {
        return written.stream().filter(w -> w.element().tagName().equals(tag) && w.element().attr(attribute).equals(value))
                .mapToInt(Written::line).findFirst().orElse(0);
    }

    /**
     * The element of {@code tag} that an image or a link renders as on its own, with the text's reference definitions (which
     * render as nothing) for one through a reference; empty when it renders as text (a reference that no definition gives).
     */
    private static Optional<Element> renderedAs(Node node, String tag, String references) {
        String markdown = node.getChars().toString() + "\n\n" + references;
        return Optional.ofNullable(Jsoup.parseBodyFragment(Markdown.toHtml(markdown)).selectFirst(tag));
    }

    /** The reference definitions of the text ({@code [ref]: /images/x.jpg}), in its order, the first of a name winning as in the text. */
    private static String references(Document markdown) {
        StringBuilder definitions = new StringBuilder();
        for (Node node : markdown.getDescendants()) {
            if (node instanceof Reference) {
                definitions.append(node.getChars()).append("\n\n");
            }
        }
        return definitions.toString();
    }

    /** The elements of a piece of raw HTML, each with its line in the piece (1 for the first). */
    private static List<Element> tags(String html) {
        List<Element> elements = new ArrayList<>();
        for (org.jsoup.nodes.Node node : Parser.htmlParser().setTrackPosition(true).parseFragmentInput(html, new Element("body"), "")) {
            if (node instanceof Element element) {
                elements.addAll(element.getAllElements());
            }
        }
        return elements;
    }

    /** The offset of each line's first character. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int start = 0; (start = TextLines.nextLine(text, TextLines.lineEnd(text, start))) >= 0; ) {
            starts.add(start);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based line of the character at {@code offset}. */
    private static int lineIndex(int[] lineStarts, int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
