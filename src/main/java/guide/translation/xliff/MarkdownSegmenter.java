package guide.translation.xliff;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import guide.content.Markdown;
import guide.quiz.ChecklistLines;
import guide.quiz.ChecklistParser;
import guide.site.TextLines;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown body, parsed by the site's own flexmark configuration, into translatable
 * units and the skeleton around them. A unit is the inline text of a paragraph, heading, table
 * cell or raw-HTML block, without the Markdown that makes it one ({@code ## }, {@code - [ ] },
 * table pipes) and without a trailing {@code {#id ...}}: ids, points and decides stay in the
 * skeleton, out of the translator's reach. Code blocks, rules and link reference definitions
 * are skeleton too. Filling the skeleton with the units' own text gives the body back byte for
 * byte. In a checklist (type=quiz), units are named after the statement, section or band they
 * belong to, as the build's quiz parser reads the line each starts on ({@link ChecklistParser#lines}):
 * flexmark says where a unit's text is, the quiz parser what it is to the quiz, so the quiz's syntax
 * has one reader and a translator's units are what the build shows. For the same reason a quiz's
 * sections start where the quiz parser sees a section or a band ({@link QuizSectionStarts}), an
 * article's at its headings.
 */
public final class MarkdownSegmenter {
    private static final Pattern HTML_TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);

    private final String body;
    private final ChecklistLines quiz;
    private final BodyBlocks blocks;
    private final List<Found> found = new ArrayList<>();

    private record Found(int start, int end, UnitKind kind, String name, TaggedText text) {
    }

    private MarkdownSegmenter(String body, boolean checklist) {
        this.body = body;
        this.quiz = checklist ? ChecklistParser.lines(body) : ChecklistLines.NONE;
        this.blocks = new BodyBlocks(body);
    }

    /** Segments {@code body}; {@code checklist} for a quiz document. */
    public static SegmentedBody segment(String body, boolean checklist) {
        MarkdownSegmenter segmenter = new MarkdownSegmenter(body, checklist);
        Document document = Markdown.parse(body);
        segmenter.blocks(document);
        List<TextRange> units = segmenter.found.stream().map(f -> new TextRange(f.start(), f.end())).toList();
        return segmenter.result(checklist ? OutlineReader.read(document, body, QuizSectionStarts.of(body, segmenter.quiz, units))
                : OutlineReader.read(document, body));
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                heading(heading);
            } else if (node instanceof Paragraph) {
                inline(node, paragraphKind(node), paragraphName(node));
            } else if (node instanceof TableCell) {
                inline(node, UnitKind.TABLE_CELL, "");
            } else if (node instanceof HtmlBlock) {
                html(node);
            } else if (node instanceof TableSeparator || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof ThematicBreak || node instanceof HtmlCommentBlock || node instanceof Reference) {
                continue;
            } else {
                blocks(node);
            }
        }
    }

    private void heading(Heading heading) {
        ChecklistLines.Line line = quizLine(heading);
        switch (line.role()) {
            case SECTION -> inline(heading, UnitKind.SECTION_TITLE, line.id());
            case BAND -> inline(heading, UnitKind.BAND_TITLE, line.id());
            default -> inline(heading, UnitKind.HEADING, idOf(heading));
        }
    }

    private UnitKind paragraphKind(Node paragraph) {
        ChecklistLines.Role role = quizLine(paragraph).role();
        for (Node up = paragraph.getParent(); up != null; up = up.getParent()) {
            if (up instanceof FootnoteBlock) {
                return UnitKind.FOOTNOTE;
            }
            if (up instanceof ListItem) {
                return role == ChecklistLines.Role.STATEMENT ? UnitKind.STATEMENT : UnitKind.LIST_ITEM;
            }
        }
        return role == ChecklistLines.Role.ADVICE ? UnitKind.BAND_ADVICE : UnitKind.PARAGRAPH;
    }

    private String paragraphName(Node paragraph) {
        if (paragraph.getParent() instanceof FootnoteBlock footnote) {
            return footnote.getText().toString();
        }
        UnitKind kind = paragraphKind(paragraph);
        return kind == UnitKind.STATEMENT || kind == UnitKind.BAND_ADVICE ? quizLine(paragraph).id() : "";
    }

    /** What the quiz parser read the line {@code node} starts on as (text, in a document that is no quiz). */
    private ChecklistLines.Line quizLine(Node node) {
        if (quiz == ChecklistLines.NONE) {
            return quiz.at(0); // every line is text: no need to count them
        }
        return quiz.at(TextLines.lineAt(body, node.getStartOffset()) - 1);
    }

    /** A unit of the node's inline children, without surrounding spaces or a trailing {#...}. */
    private void inline(Node node, UnitKind kind, String name) {
        Node first = node.getFirstChild();
        Node last = node.getLastChild();
        if (first == null) {
            return;
        }
        int start = first.getStartOffset();
        int end = last.getEndOffset();
        if (last instanceof AttributesNode) {
            end = last.getStartOffset();
        }
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            found.add(new Found(start, end, kind, name, InlineTagger.tag(body, node, start, end)));
        }
    }

    /** A raw-HTML block with words in it: its tags become placeholders. */
    private void html(Node node) {
        int start = node.getStartOffset();
        int end = node.getEndOffset();
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        String html = body.substring(start, end);
        if (HTML_TAG.matcher(html).replaceAll("").isBlank()) {
            return;
        }
        TaggedText.Builder text = new TaggedText.Builder();
        Matcher m = HTML_TAG.matcher(html);
        int at = 0;
        int id = 1;
        while (m.find()) {
            text.text(html.substring(at, m.start()));
            text.tag(TagRole.STANDALONE, String.valueOf(id++), "x-html", m.group());
            at = m.end();
        }
        text.text(html.substring(at));
        found.add(new Found(start, end, UnitKind.HTML, "", text.build()));
    }

    private static String idOf(Node node) {
        return OutlineReader.idOf(node);
    }

    private SegmentedBody result(BodyOutline outline) {
        Skeleton.Builder skeleton = new Skeleton.Builder();
        List<Unit> units = new ArrayList<>();
        List<TextRange> ranges = new ArrayList<>();
        int cursor = 0;
        int block = -1;
        int inBlock = 0;
        for (Found f : found) {
            int at = blocks.blockAt(f.start());
            inBlock = at == block ? inBlock + 1 : 1;
            block = at;
            String id = "b" + block + "." + inBlock;
            skeleton.literal(body.substring(cursor, f.start())).slot(id);
            units.add(new Unit(id, f.kind(), f.name(), block, f.text()));
            ranges.add(new TextRange(f.start(), f.end()));
            cursor = f.end();
        }
        skeleton.literal(body.substring(cursor));
        return new SegmentedBody(body, skeleton.build(), units, ranges, blocks, outline);
    }
}
