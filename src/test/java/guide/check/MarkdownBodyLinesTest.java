package guide.check;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A body's file lines, cut as the build cuts them ({@code TextLines}): a fault is named at the line the editor sees. */
class MarkdownBodyLinesTest {
    private static final String BODY = "Intro.\n\nA `{#x}` in code, and {#y} here.\n\n```\n<iframe>\n```\nEnd.\n";

    @Test
    void aBodyWithWindowsOrOldMacLineEndsHasTheLinesOfAUnixOne() {
        for (String end : new String[] {"\n", "\r\n", "\r"}) {
            MarkdownBodyLines lines = new MarkdownBodyLines(BODY.replace("\n", end), 10);
            String ends = end.replace("\r", "CR").replace("\n", "LF");
            assertEquals("A `{#x}` in code, and {#y} here.", lines.text(12), ends);
            assertEquals("A        in code, and {#y} here.", lines.text(MarkdownBodyLines.View.MARKUP, 12), ends);
            assertEquals("                      {#y}      ", lines.text(MarkdownBodyLines.View.BLOCKS, 12), ends);
            assertEquals(" ".repeat(8), lines.text(MarkdownBodyLines.View.MARKUP, 15), ends + ": code is blanked, its columns kept");
            assertEquals(15, lines.find(Pattern.compile("<iframe>")), ends);
            assertEquals(17, lines.find(Pattern.compile("End")), ends);
        }
    }
}
