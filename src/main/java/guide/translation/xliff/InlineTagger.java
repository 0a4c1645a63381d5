package guide.translation.xliff;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Turns the inline Markdown of one unit into text and placeholders: words stay text; emphasis,
 * links and images become a start and an end placeholder around their words (the link's address
 * lives in the end placeholder); inline code, footnote markers, raw HTML, attributes, line breaks
 * and any Markdown between nodes (a block quote's {@code > } on a continuation line) become one
 * placeholder each. Placeholders are numbered from 1 in the order they appear.
 */
final class InlineTagger {
    private final String body;
    private final int end;
    private final TaggedText.Builder out = new TaggedText.Builder();
    private int cursor;
    private int nextId = 1;

    private InlineTagger(String body, int start, int end) {
        this.body = body;
        this.cursor = start;
        this.end = end;
    }

    /** The tagged text of {@code container}'s inline children between {@code start} and {@code end} of {@code body}. */
    static TaggedText tag(String body, Node container, int start, int end) {
        InlineTagger tagger = new InlineTagger(body, start, end);
        tagger.children(container);
        tagger.gap(end);
        return tagger.out.build();
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getStartOffset() >= end) {
                return;
            }
            if (child.getEndOffset() <= cursor) {
                continue;
            }
            gap(child.getStartOffset());
            node(child);
        }
    }

    private void node(Node node) {
        if (node instanceof DelimitedNode delimited && (node instanceof Emphasis || node instanceof StrongEmphasis)) {
            String type = node instanceof StrongEmphasis ? "bold" : "italic";
            pair(node, delimited.getText(), type);
        } else if (node instanceof Link link) {
            pair(node, link.getText(), "link");
        } else if (node instanceof Image image) {
            pair(node, image.getText(), "x-image");
        } else if (node instanceof LinkRef ref && !ref.isReferenceTextCombined()) {
            pair(node, ref.getText(), "link");
        } else if (node instanceof ImageRef ref && !ref.isReferenceTextCombined()) {
            pair(node, ref.getText(), "x-image");
        } else if (node instanceof Text || node instanceof TextBase || node instanceof HtmlEntity) {
            out.text(body.substring(cursor, Math.min(node.getEndOffset(), end)));
            cursor = Math.min(node.getEndOffset(), end);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            standalone(node.getEndOffset(), "lb");
        } else if (node instanceof Code) {
            standalone(node.getEndOffset(), "x-code");
        } else if (node instanceof Footnote) {
            standalone(node.getEndOffset(), "x-footnote");
        } else if (node instanceof HtmlInlineBase) {
            standalone(node.getEndOffset(), "x-html");
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            standalone(node.getEndOffset(), "x-link");
        } else if (node instanceof AttributesNode) {
            standalone(node.getEndOffset(), "x-attributes");
        } else if (node.hasChildren() && !(node instanceof LinkRef) && !(node instanceof ImageRef)) {
            children(node);
            gap(Math.min(node.getEndOffset(), end));
        } else {
            standalone(node.getEndOffset(), "x-markup");
        }
    }

    /** A start placeholder up to {@code text}, the words inside, an end placeholder after them. */
    private void pair(Node node, BasedSequence text, String type) {
        String id = String.valueOf(nextId++);
        boolean hasText = text != null && text.isNotNull() && text.getStartOffset() >= node.getStartOffset();
        int textStart = hasText ? text.getStartOffset() : node.getEndOffset();
        int textEnd = hasText ? text.getEndOffset() : node.getEndOffset();
        out.tag(TagRole.OPEN, id, type, body.substring(node.getStartOffset(), textStart));
        cursor = textStart;
        int nodeEnd = Math.min(node.getEndOffset(), end);
        if (hasText) {
            int outer = end;
            children(node);
            gap(Math.min(textEnd, outer));
        }
        out.tag(TagRole.CLOSE, id, type, body.substring(cursor, nodeEnd));
        cursor = nodeEnd;
    }

    private void standalone(int until, String type) {
        int stop = Math.min(until, end);
        if (stop > cursor) {
            out.tag(TagRole.STANDALONE, String.valueOf(nextId++), type, body.substring(cursor, stop));
        }
        cursor = Math.max(cursor, stop);
    }

    /** Markdown between nodes: spaces are text, anything else a placeholder. */
    private void gap(int until) {
        int stop = Math.min(until, end);
        if (stop <= cursor) {
            return;
        }
        String chars = body.substring(cursor, stop);
        if (chars.isBlank() && chars.indexOf('\n') < 0) {
            out.text(chars);
            cursor = stop;
        } else {
            standalone(stop, "x-markup");
        }
    }
}
