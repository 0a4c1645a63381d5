package guide.quiz;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import guide.content.Markdown;
import guide.site.TextLines;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What each line of a quiz's body is to Markdown, read by the site's own flexmark configuration
 * ({@link Markdown#parse}), as far as the quiz's structure goes: the first line of a heading the quiz
 * may take for a section's or a band's, with its level and its text, or a line inside a fenced code
 * block or an HTML block (a comment included), which Markdown shows as it is. {@link ChecklistReader}
 * takes its structure from here, so that a {@code ## } line inside a code block or an HTML comment
 * stays part of the text it is in, and a heading Markdown reads ({@code ##<tab>Title}, closing
 * {@code #}s) is one to the quiz too, with the title Markdown shows. A heading counts when it is a
 * block of its own (not quoted, not in a list) written with {@code #}s from the line's first column:
 * an indented or underlined ({@code ---}) one stays part of the text it is in, as it always was. A paragraph
 * of its own whose last word is {@code {#how-to}} (Markdown's attribute, which the XLIFF export keeps out of the text to
 * translate) is the quiz's own instruction.
 */
final class QuizMarkdown {
    /** The id that marks a paragraph as the quiz's own instruction, written at its end: {@code Tick … {#how-to}}. */
    static final String HOW_TO_ID = "how-to";
    /** The mark as written in the guide's own files and named in messages. */
    static final String HOW_TO = "{#" + HOW_TO_ID + "}";
    /**
     * The mark in every spelling Markdown's attribute syntax reads as it ({@code {#how-to}}, {@code { #how-to }}): the one
     * test of it, for which paragraph is the instruction, what is left of it without its mark, and where a misplaced one is.
     */
    static final Pattern HOW_TO_MARK = Pattern.compile("\\{\\s*#" + HOW_TO_ID + "\\s*}");

    /**
     * One line: {@code level} 2 or 3 and {@code text} (the heading's, without its {@code #}s) on the
     * first line of such a heading, 0 and "" elsewhere; {@code literal} inside a code or HTML block;
     * {@code howTo} on each line of a paragraph that ends with {@value #HOW_TO}, the quiz's own instruction.
     */
    record Line(int level, String text, boolean literal, boolean howTo) {
        static final Line TEXT = new Line(0, "", false, false);
        static final Line LITERAL = new Line(0, "", true, false);
        static final Line HOW_TO_LINE = new Line(0, "", false, true);

        boolean heading(int headingLevel) {
            return level == headingLevel;
        }
    }

    private final Map<Integer, Line> lines;

    private QuizMarkdown(Map<Integer, Line> lines) {
        this.lines = lines;
    }

    /** How Markdown reads {@code body}, its lines numbered from 0. */
    static QuizMarkdown of(String body) {
        Document document = Markdown.parse(body);
        Map<Integer, Line> lines = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock || node instanceof HtmlBlockBase) {
                for (int line = node.getStartLineNumber(); line <= node.getEndLineNumber(); line++) {
                    lines.put(line, Line.LITERAL);
                }
            }
        }
        for (Node node : document.getChildren()) {
            int start = node.getStartOffset();
            boolean firstColumn = start == 0 || TextLines.isBreakChar(body.charAt(start - 1));
            if (node instanceof Heading heading && heading.isAtxHeading() && firstColumn && (heading.getLevel() == 2 || heading.getLevel() == 3)) {
                lines.put(heading.getStartLineNumber(), new Line(heading.getLevel(), heading.getText().toString(), false, false));
            }
            if (node instanceof Paragraph && node.getLastChild() instanceof AttributesNode attributes
                    && HOW_TO_MARK.matcher(attributes.getChars()).matches()) {
                for (int line = node.getStartLineNumber(); line <= node.getEndLineNumber(); line++) {
                    lines.put(line, Line.HOW_TO_LINE);
                }
            }
        }
        return new QuizMarkdown(lines);
    }

    /** Line {@code index} of the body, the first being 0. */
    Line at(int index) {
        return lines.getOrDefault(index, Line.TEXT);
    }
}
