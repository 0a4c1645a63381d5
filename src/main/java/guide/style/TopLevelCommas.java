package guide.style;

import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated list split at its own commas, not at those inside brackets: a selector list ({@code .a, :is(.b, .c)}) into
 * its selectors, a {@code color-mix()}'s arguments ({@code in srgb, rgb(0, 0, 0) 40%, white}) into its colour space and
 * colours. One splitter for both, so that a selector and a value are cut alike.
 */
public final class TopLevelCommas {
    private TopLevelCommas() {
    }

    /** {@code text} split at its commas outside round and square brackets, each part as written (spaces kept). */
    public static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += depth(text.charAt(i));
            if (text.charAt(i) == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Whether every bracket of {@code text} is closed, and none before it is opened. */
    static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length() && depth >= 0; i++) {
            depth += depth(text.charAt(i));
        }
        return depth == 0;
    }

    /** 1 for an opening bracket, -1 for a closing one, else 0. */
    private static int depth(char c) {
        return c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
    }
}
