package guide.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
                "  <h2 id=\"x\">A</h2>\n", "Text <h1>in a sentence</h1>.\n", "Text <H3 id=x>B</H3>\n")) {
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

    @Test
    void theLastTextReadOnAThreadIsParsedOnce() {
        String text = "  # Indented\n";
        assertSame(MarkdownTree.of(text).orElseThrow(), MarkdownTree.of(text).orElseThrow());
    }
}
