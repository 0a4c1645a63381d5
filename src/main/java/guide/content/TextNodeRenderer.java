package guide.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.Set;

/**
 * Writes Markdown's plain text as flexmark's core renderer does (backslash escapes and entities
 * resolved, line ends made {@code \n}, {@code & < > "} escaped), but looks for those characters
 * with {@code indexOf} instead of flexmark's regular expressions, and copies the text out of the
 * source in one piece: most text has none of them, and the core renderer's three passes over
 * every piece of text took a fifth of the time Markdown took in a cold build. Text that has one
 * goes through flexmark's own methods, so the HTML is the same either way.
 */
final class TextNodeRenderer implements NodeRenderer {

    /** Registers the renderer ahead of flexmark's core one. */
    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // No options of its own.
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new TextNodeRenderer());
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, TextNodeRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = source(node.getChars());
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
            text = Escaping.unescapeString(text);
        }
        if (text.indexOf('\r') >= 0) {
            text = Escaping.normalizeEOL(text);
        }
        if (text.indexOf('&') >= 0 || text.indexOf('<') >= 0 || text.indexOf('>') >= 0 || text.indexOf('"') >= 0) {
            html.text(text);
        } else {
            html.raw(text);
        }
    }

    /**
     * The characters of a piece of the source, as one substring when it is one (the very source string for a whole
     * document): flexmark's own {@code toString} copies them one {@code charAt} at a time.
     */
    static String source(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            return base.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }
}
