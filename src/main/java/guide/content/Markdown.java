package guide.content;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The guide's Markdown: CommonMark plus tables, task lists, footnotes ({@code [^basis]}, for the
 * legal basis of a statement) and {@code {#id}} attributes on headings (stable anchors shared by
 * both languages). One configuration for articles and for
 * the pieces of the quiz.
 */
public final class Markdown {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;
    private static final HtmlRenderer AS_WRITTEN_RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(), AttributesExtension.create(),
                FootnoteExtension.create()));
        // Explicit {#id} wins; other headings get flexmark's id, which HeadingAnchors makes ASCII.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
        AS_WRITTEN_RENDERER = HtmlRenderer.builder(new MutableDataSet(options).set(HtmlRenderer.SUPPRESSED_LINKS, "")).build();
    }

    private Markdown() {
    }

    /** The syntax tree of a Markdown text, as the site reads it (for tools that work on its structure). */
    public static com.vladsch.flexmark.util.ast.Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /**
     * Like {@link #toHtml}, but keeps the links flexmark silently drops ({@code javascript:...}), so
     * checks see every link as the author wrote it and can name it instead of losing it quietly.
     */
    public static String toHtmlAsWritten(String markdown) {
        return AS_WRITTEN_RENDERER.render(PARSER.parse(markdown));
    }

    /** One line of Markdown as inline HTML, without the surrounding paragraph. */
    public static String inlineToHtml(String markdown) {
        String html = toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }
}
