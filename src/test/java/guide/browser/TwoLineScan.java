package guide.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds the pieces of a page's text a reader must see whole (a date, a word at its hyphen) that the browser drew on two
 * lines, at the widths phones have: the page open in the {@link PreviewBrowserTest}'s window, scanned at each width from
 * 320 to 480 px in steps of 2 and at 768 px. Which pieces count is the test's: a script that defines
 * {@code const pieces = text => [...]}, each piece {@code {at, length, first, second}} (where it stands in a text node, and
 * the two characters that must share a line); the scan walks every text node of the body and reports each piece whose
 * second character's rectangle is lower than the first's by more than half a line, as "piece (…context…)".
 */
final class TwoLineScan {
    /** Every width the scan lays the page out at: the phones' 320 to 480 px, and a tablet's 768. */
    static final List<Integer> WIDTHS = IntStream.concat(IntStream.iterate(320, w -> w <= 480, w -> w + 2), IntStream.of(768))
            .boxed().toList();

    private static final String SCAN = """
            const broken = [];
            let found = 0;
            const rect = (node, i) => {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              return [...range.getClientRects()].find(r => r.width > 0);
            };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const piece of pieces(node.data)) {
                const first = rect(node, piece.first), second = rect(node, piece.second);
                if (!first || !second) continue;
                found++;
                if (second.top > first.top + first.height / 2) {
                  broken.push(node.data.substr(piece.at, piece.length).replace(/\\s+/g, ' ') + ' ('
                    + node.data.substring(Math.max(0, piece.at - 30), piece.at + piece.length + 10).replace(/\\s+/g, ' ') + ')');
                }
              }
            }
            return {found, broken};
            """;

    private final String script;
    private final Object[] arguments;

    /** A scan for the pieces {@code pieces} defines, run with {@code arguments} as the script's {@code arguments}. */
    TwoLineScan(String pieces, Object... arguments) {
        if (!pieces.contains("const pieces")) {
            throw new IllegalArgumentException("the script must define const pieces = text => [...]: " + pieces);
        }
        this.script = pieces + SCAN;
        this.arguments = arguments.clone();
    }

    /** How many pieces the page open draws now (hidden ones are not counted). */
    int drawn() {
        return ((Number) run().get("found")).intValue();
    }

    /** The page open laid out at each of the {@link #WIDTHS}: every piece drawn on two lines, as "page at W px: piece (…)". */
    List<String> brokenAtEachWidth(String page) {
        List<String> broken = new ArrayList<>();
        for (int width : WIDTHS) {
            PreviewBrowserTest.windowWidth(width);
            for (Object piece : (List<?>) run().get("broken")) {
                broken.add(page + " at " + width + " px: " + piece);
            }
        }
        return broken;
    }

    private Map<?, ?> run() {
        return (Map<?, ?>) PreviewBrowserTest.js(script, arguments);
    }
}
