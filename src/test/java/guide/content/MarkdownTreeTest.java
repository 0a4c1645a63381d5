package guide.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A text is read whole only when a line alone cannot say whether it is code or a heading; then as the page renders it. */
class MarkdownTreeTest {
    @Test
    void aTextOfPlainLinesIsNotParsed() {
        assertAll(
                () -> assertFalse(MarkdownTree.needsParse("Intro.\n\n# Top\n\n## A {#a}\n\n- item with #hashtag\n1. #1 priority\n> quote\n\nB\n===\n"
                        + "\n---\n* * *\nText <b>bold</b>.\n")),
                () -> assertTrue(MarkdownTree.of("## A\n\nText.\n").isEmpty()));
    }

    @Test
    void aLineThatOnlyTheWholeTextExplainsMakesItParsed() {
        for (String text : List.of("```\nx\n```\n", "~~~\nx\n~~~\n", "  # Indented\n", "\t# Tab\n", "- # In a list\n", "12) ## In a list\n",
                "> # Quoted\n", "> Title\n> ===\n", "<div>\n# x\n</div>\n", "<!--\n# x\n-->\n", "</div>\n",
                "  <h2 id=\"x\">A</h2>\n", "Text <h1>in a sentence</h1>.\n", "Text <H3 id=x>B</H3>\n",
                "\n  # After an empty line\n")) {
            assertTrue(MarkdownTree.needsParse(text), text);
        }
    }

    @Test
    void itsCodeLinesAndHeadingsAreThePages() {
        MarkdownTree tree = MarkdownTree.of("- # In a list\n\n```\n# code\n```\n\n> Quoted\n> ===\n\n<section>\n<h3>Three</h3>\n<p>\n<h2 id=\"b\">Two</h2>\n</section>\n")
                .orElseThrow();
        assertEquals("{2, 3, 4}", tree.code().toString());
        assertEquals(List.of("0-0 h1 md", "6-6 h1 md", "10-10 h3 html", "12-12 h2 html"),
                tree.headings().stream().map(h -> h.line() + "-" + h.last() + " h" + h.level() + (h.html() == null ? " md" : " html")).toList());
    }

    /** Windows line ends (CRLF) change nothing: the same lines need the whole text, or do not. */
    @Test
    void windowsLineEndsAreReadAsLineEnds() {
        for (String text : List.of("Intro.\r\n\r\n  # Indented\r\n", "> Title\r\n> ===\r\n", "12) ## In a list\r\n", "- Item\r\n  ---\r\n",
                "```\r\ncode\r\n```\r\n", "<div>\r\n", "> Title\r\n> ===\r")) {
            assertTrue(MarkdownTree.needsParse(text), text);
        }
        assertFalse(MarkdownTree.needsParse("Intro.\r\n\r\n# Top\r\n\r\nB\r\n===\r\n1. #1 priority\r\n- item\r\n\r\n---\r\n"));
    }

    /** A text that starts with an empty line: its second line is read, and its headings are counted from the text's first line. */
    @Test
    void aTextThatStartsWithAnEmptyLineIsReadFromItsSecondLine() {
        String text = lines("", "  # Indented", "", "Text <h2 id=\"x\">Two *words*</h2> and more.");
        assertTrue(MarkdownTree.needsParse(text));
        assertEquals(List.of("1 h1 Indented", "3 h2 Two *words*"), MarkdownTree.of(text).orElseThrow().headings().stream()
                .map(h -> h.line() + " h" + h.level() + " " + (h.html() == null ? h.node().getText() : h.html().text())).toList());
    }

    /** Only a tag named h1 to h6 is a heading's, up to the text's last letters; a longer name ({@code <h2o>}) or h0, h7 is none. */
    @Test
    void aHeadingsTagIsH1ToH6AndNoLongerName() {
        assertAll(
                () -> assertTrue(MarkdownTree.needsParse("Text <h6>small</h6>.\n")),
                () -> assertTrue(MarkdownTree.needsParse("Ends with <h2")),
                () -> assertFalse(MarkdownTree.needsParse("Water, <h2o>, <h7>, <h0> and <h1-title>.\n")),
                () -> assertFalse(MarkdownTree.needsParse("Ends with <h")),
                () -> assertFalse(MarkdownTree.needsParse("Ends with <")));
    }

    /**
     * The lines joined with \n, a text made while the test runs: the tree of the last text read on a thread is kept for that
     * same string, and a literal is the same string every time the test runs (a mutation test runs it once for each change).
     */
    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
