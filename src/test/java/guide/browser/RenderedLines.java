package guide.browser;

/**
 * A script that reads an element's text as the browser drew it: one string a line, found from where
 * each character lands (its rectangle's top), with no-break spaces as spaces and each line trimmed.
 * Tests about how text wraps (date lines, buttons) compare these lines rather than guess from widths.
 */
final class RenderedLines {
    /** Run with the element as {@code arguments[0]}; returns a list of strings. */
    static final String SCRIPT = """
            const lines = [];
            let top = null;
            const walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let i = 0; i < node.data.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = [...range.getClientRects()].find(r => r.width > 0);
                if (!rect) continue;
                if (top === null || rect.top > top + rect.height / 2) { lines.push(''); top = rect.top; }
                lines[lines.length - 1] += node.data[i];
              }
            }
            return lines.map(l => l.replace(/\\u00a0/g, ' ').trim());
            """;

    private RenderedLines() {
    }
}
