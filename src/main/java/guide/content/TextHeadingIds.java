package guide.content;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of headings without an editor's {@code {#id}}, made from their text as flexmark makes
 * them, but never one an editor wrote anywhere in the text ({@code {#id}}, or {@code id="…"} on a heading written in HTML):
 * the editor's heading keeps its id and the other gets {@code -2} ({@code ## Summary} before {@code ## Wrap-up {#summary}} is
 * {@code summary-2}). Repeats among these get {@code -2}, {@code -3} too.
 */
final class TextHeadingIds implements HtmlIdGenerator {

    /** For {@code HtmlRenderer.Builder#htmlIdGeneratorFactory}: one generator per rendering. */
    static final class Factory implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new TextHeadingIds();
        }

        @Override
        public HtmlIdGenerator create() {
            return new TextHeadingIds();
        }
    }

    private String toDashChars = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(null);
    private String nonDashChars = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(null);
    private boolean noDupedDashes;
    private boolean nonAsciiToLowercase;

    /**
     * The one flexmark calls (its HTML renderer, and its Markdown formatter). The interface's default for
     * {@code generateIds(document, preVisitor)} comes here without the pre-visitor: nothing passes one to an
     * HtmlIdGenerator but flexmark's own HeaderIdGenerator to itself.
     */
    @Override
    public void generateIds(Document document) {
        toDashChars = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(document);
        nonDashChars = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(document);
        noDupedDashes = HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(document);
        nonAsciiToLowercase = HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(document);
        Set<String> taken = new HashSet<>();
        List<AnchorRefTarget> fromText = new ArrayList<>();
        new AnchorRefTargetBlockVisitor() {
            @Override
            protected void visit(AnchorRefTarget node) {
                if (node.getAnchorRefId().isEmpty()) {
                    fromText.add(node);
                } else {
                    taken.add(node.getAnchorRefId());
                }
            }
        }.visit(document);
        taken.addAll(htmlHeadingIds(document));
        for (AnchorRefTarget node : fromText) {
            String base = idOf(node.getAnchorRefText());
            if (base.isEmpty()) {
                continue;
            }
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            node.setAnchorRefId(id);
        }
    }

    /**
     * The ids written on headings in the text's HTML ({@code <h2 id="scope">}, in a block or a sentence): an editor's as a
     * {@code {#scope}} is, which the page's heading anchors keep for that heading. Read only from a text with a heading's tag.
     */
    private static Set<String> htmlHeadingIds(Document document) {
        Set<String> ids = new HashSet<>();
        // The parsed text itself, not flexmark's copy of it made one character at a time: once per page rendered.
        if (!MarkdownTree.hasHeadingTag(TextNodeRenderer.source(document.getChars()))) {
            return ids;
        }
        for (Node node : document.getDescendants()) {
            if ((node instanceof HtmlBlock || node instanceof HtmlInline) && MarkdownTree.hasHeadingTag(TextNodeRenderer.source(node.getChars()))) {
                Jsoup.parseBodyFragment(TextNodeRenderer.source(node.getChars())).select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")
                        .forEach(h -> ids.add(h.id()));
            }
        }
        return ids;
    }

    private String idOf(CharSequence text) {
        return HeaderIdGenerator.generateId(text, toDashChars, nonDashChars, noDupedDashes, nonAsciiToLowercase);
    }

    @Override
    public String getId(Node node) {
        return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return idOf(text);
    }
}
