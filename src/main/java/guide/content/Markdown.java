package guide.content;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;

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

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(), AttributesExtension.create(),
                FootnoteExtension.create(), new TextNodeRenderer.Extension()));
        // An editor's {#id} stays; other headings get an id made from their text that no {#id} in the
        // text has (TextHeadingIds), which HeadingAnchors makes ASCII.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // The HTML writer hands text through as it is instead of examining every character to trim
        // leading white space, which this configuration never emits outside <pre>: rendering takes a
        // fifth less time, and only a footnote's back link loses the line break before its </li>.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        // Links are rendered as written, javascript: ones too: the content allowlist (guide.check.ContentHtml)
        // then names them at their line instead of flexmark dropping them without a word.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).htmlIdGeneratorFactory(new TextHeadingIds.Factory()).build();
    }

    private Markdown() {
    }

    /** The syntax tree of a Markdown text, as the site reads it (for tools that work on its structure). */
    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
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
