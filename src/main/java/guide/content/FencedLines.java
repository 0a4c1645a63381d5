package guide.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which lines of a Markdown text are code, by CommonMark's fence rules as flexmark (the parse the pages render from)
 * applies them: a fence closes only at a line of its own character at least as long as its opening, with nothing but
 * spaces after it; a fence indented four spaces or a tab is indented code, not a fence; a line of backticks with a
 * backtick after them is inline code; a fence in a list item or a quote ends with it. The one fence rule of the readers
 * that go through a text line by line to find its headings ({@link HeadingIds}, {@link BodyHeadings}), so that a
 * {@code #} line shown in code is never taken for a heading and one after the code always is. A text with no
 * {@code ```} or {@code ~~~} in it has no fence and is not parsed (nearly every page: those readers run for every page
 * at the scan and at the render); one that has is parsed whole, and its code blocks' lines, fences included, are code.
 * The parse costs about 2 to 3 ms for a 12 kB text with the build's quick compiler; a page's text is read by both
 * readers at the scan, so the last text's lines are kept for the next reader of that same text. Lines are counted as
 * those readers count them, by {@code \n}, from 0.
 */
final class FencedLines {
    /** The last text parsed (the same String object) and its code lines. */
    private static final AtomicReference<Last> LAST = new AtomicReference<>();

    private record Last(String text, BitSet code) {
    }

    private FencedLines() {
    }

    /** The lines of {@code markdown} in code blocks, from 0; none when it has no fence. */
    static BitSet of(String markdown) {
        if (!markdown.contains("```") && !markdown.contains("~~~")) {
            return new BitSet();
        }
        Last last = LAST.get();
        if (last == null || last.text() != markdown) {
            last = new Last(markdown, parse(markdown));
            LAST.set(last);
        }
        return (BitSet) last.code().clone();
    }

    private static BitSet parse(String markdown) {
        BitSet code = new BitSet();
        for (Node node : Markdown.parse(markdown).getDescendants()) {
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                int end = Math.max(node.getStartOffset(), node.getEndOffset() - 1);
                code.set(lineOf(markdown, node.getStartOffset()), lineOf(markdown, end) + 1);
            }
        }
        return code;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
