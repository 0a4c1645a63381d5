package guide.content;

import java.util.BitSet;

/**
 * Which lines of a Markdown text are code, by CommonMark's fence rules as flexmark (the parse the pages render from)
 * applies them: a fence closes only at a line of its own character at least as long as its opening, with nothing but
 * spaces after it; a fence indented four spaces or a tab is indented code, not a fence; a line of backticks with a
 * backtick after them is inline code; a fence in a list item or a quote ends with it. The one fence rule of the readers
 * that go through a text line by line to find its headings ({@link HeadingIds}, {@link BodyHeadings}), so that a
 * {@code #} line shown in code is never taken for a heading and one after the code always is. A text with no
 * {@code ```} or {@code ~~~} in it has no fence and is not parsed for them (nearly every page: those readers run for every
 * page at the scan and at the render); one that has is parsed whole ({@link MarkdownTree}, which keeps the last text's
 * parse for the next reader of that same text), and its code blocks' lines, fences included, are code. Lines are
 * counted as those readers count them, by {@code \n}, from 0.
 */
final class FencedLines {

    private FencedLines() {
    }

    /** The lines of {@code markdown} in code blocks, from 0; none when it has no fence. */
    static BitSet of(String markdown) {
        return MarkdownTree.of(markdown).map(MarkdownTree::code).orElseGet(BitSet::new);
    }
}
