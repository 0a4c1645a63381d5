package guide.readme;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares what a command printed with what the README quotes of it, after a mask that hides what
 * editors' content work changes (counts, timings), and on failure prints the real output to paste.
 */
final class QuotedOutput {
    private QuotedOutput() {
    }

    /** The command printed exactly the quoted lines, once both are masked (blank lines apart, which {@link GuideRun#lines} drops). */
    static void exactly(ReadmeSection.Block block, List<String> quoted, List<String> real, UnaryOperator<String> mask, String what) {
        assertEquals(quoted.stream().filter(line -> !line.isBlank()).map(mask).toList(), real.stream().map(mask).toList(), stale(block, what, real));
    }

    /**
     * The quote is shortened output ({@code ...} for what it leaves out): each of its other lines is a
     * line the command printed, in the same order, ignoring indentation and blank lines, once both are masked.
     */
    static void inOrder(ReadmeSection.Block block, List<String> quoted, List<String> real, UnaryOperator<String> mask, String what) {
        List<String> printed = real.stream().map(line -> mask.apply(line).strip()).toList();
        int at = 0;
        for (String line : quoted) {
            String wanted = mask.apply(line).strip();
            if (wanted.equals("...") || wanted.isEmpty()) {
                continue;
            }
            int found = printed.subList(at, printed.size()).indexOf(wanted);
            assertTrue(found >= 0, "this line is not in the output, or not in the README's order: " + line.strip()
                    + "\n" + stale(block, what, real));
            at += found + 1;
        }
    }

    /** The failure message: which README block is stale, and the real output to paste. */
    static String stale(ReadmeSection.Block block, String what, List<String> real) {
        return "README.md:" + block.line() + " quotes the output of " + what + ", and it is now different. The real output:\n"
                + String.join("\n", real) + "\n";
    }
}
