package guide.check;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;
import guide.content.ContentDocument;
import guide.content.Markdown;
import guide.site.TextLines;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown body of one document, for pointing a fault found in its rendered HTML back at a
 * line of the file (rendered HTML positions don't map to Markdown lines). Its lines are the ones {@link TextLines} cuts,
 * as Markdown does: a {@code \r\n} or a lone {@code \r} is one line break, as {@code \n} is. Asked twice for the same
 * text, it answers with the second occurrence, so repeated faults get their own lines.
 */
final class MarkdownBodyLines {
    /** What of the text a search sees; each view keeps every line, and every character's column. */
    enum View {
        /** The text as written. */
        RAW,
        /**
         * What renders as markup: code (spans, fenced and indented blocks) blanked, as it is shown, never
         * turned into a tag, an attribute or an id ({@code `<iframe>`}, {@code `{#x}`} in a sentence about them).
         */
        MARKUP,
        /** {@link #MARKUP} with HTML entities decoded. */
        MARKUP_DECODED,
        /**
         * Only the attribute blocks that flexmark reads as such ({@code {#x}}, {@code {.note}}, not code nor
         * {@code \{#x}}), but for a heading's own id, which is no fault: where a block a page refuses is written.
         */
        BLOCKS
    }

    private final List<String> raw;
    private final int firstLine;
    private final String body;
    private final Map<View, List<String>> views = new EnumMap<>(View.class);
    private final Map<String, Integer> asked = new HashMap<>();

    MarkdownBodyLines(ContentDocument doc) {
        this(doc.body(), doc.frontMatter().bodyStartLine());
    }

    /** @param firstLine the file line of the body's first line */
    MarkdownBodyLines(String body, int firstLine) {
        this.raw = TextLines.lines(body);
        this.firstLine = firstLine;
        this.body = body;
    }

    /** The text of a file line of the body, as written; empty for a line outside it. */
    String text(int fileLine) {
        return text(View.RAW, fileLine);
    }

    /** The text of a file line of the body as {@code view} sees it; empty for a line outside it. */
    String text(View view, int fileLine) {
        List<String> lines = lines(view);
        int i = fileLine - firstLine;
        return i >= 0 && i < lines.size() ? lines.get(i) : "";
    }

    /** The file line of the body's first line, where a fault that no search finds is named. */
    int firstLine() {
        return firstLine;
    }

    /** The file line of the next occurrence of the first pattern found in the text as written, else the first body line. */
    int find(Pattern... candidates) {
        int line = first(View.RAW, candidates);
        return line > 0 ? line : firstLine;
    }

    /** The file line of the next occurrence of the first pattern that {@code view} holds, or 0 when it holds none. */
    int first(View view, Pattern... candidates) {
        List<String> lines = lines(view);
        for (Pattern pattern : candidates) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                while (m.find()) {
                    hits.add(i);
                }
            }
            if (!hits.isEmpty()) {
                int nth = asked.merge(view + ":" + pattern.pattern(), 1, Integer::sum) - 1;
                return firstLine + hits.get(Math.min(nth, hits.size() - 1));
            }
        }
        return 0;
    }

    private List<String> lines(View view) {
        return switch (view) {
            case RAW -> raw;
            default -> views.computeIfAbsent(view, this::parsedView);
        };
    }

    /** A view that takes flexmark's reading of the text: where its code and its attribute blocks are. */
    private List<String> parsedView(View view) {
        if (view == View.MARKUP_DECODED) {
            return lines(View.MARKUP).stream().map(line -> ContentHtml.asBrowserReads(Parser.unescapeEntities(line, true))).toList();
        }
        char[] seen = body.toCharArray();
        if (view == View.BLOCKS) {
            blank(seen, 0, seen.length);
        }
        for (Node node : Markdown.parse(body).getDescendants()) {
            if (view == View.MARKUP && (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock)) {
                blank(seen, node.getStartOffset(), node.getEndOffset());
            } else if (view == View.BLOCKS && node instanceof AttributesNode block && !isHeadingsOwnId(block)) {
                body.getChars(node.getStartOffset(), node.getEndOffset(), seen, node.getStartOffset());
            }
        }
        return TextLines.lines(new String(seen));
    }

    /** Makes {@code seen[from]} to {@code seen[to - 1]} spaces but for line breaks, which keep every line and column. */
    private static void blank(char[] seen, int from, int to) {
        for (int i = from; i < to; i++) {
            seen[i] = TextLines.isBreakChar(seen[i]) ? seen[i] : ' ';
        }
    }

    /** {@code ## Title {#x}}: a block that gives its heading the id, as it should, and nothing else ({@code {#x .note}} is refused). */
    private static boolean isHeadingsOwnId(AttributesNode block) {
        if (!(block.getParent() instanceof Heading heading) || !heading.isExplicitAnchorRefId() || !block.hasChildren()) {
            return false;
        }
        for (Node attribute : block.getChildren()) {
            if (!(attribute instanceof AttributeNode a && a.isId() && a.getValue().toString().equals(heading.getAnchorRefId()))) {
                return false;
            }
        }
        return true;
    }
}
