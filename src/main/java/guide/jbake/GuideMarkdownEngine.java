package guide.jbake;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.util.List;

/**
 * The guide's Markdown: CommonMark plus tables, task lists and {@code {#id}} attributes on headings
 * (stable anchors shared by both languages). Replaces JBake's pegdown-profile engine, which
 * cannot enable attributes.
 */
public final class GuideMarkdownEngine extends MarkupEngine {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(), AttributesExtension.create()));
        // Explicit {#id} wins; other headings get flexmark's id, which HeadingAnchors makes ASCII.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(RENDERER.render(PARSER.parse(context.getBody())));
    }
}
