package guide.style;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a {@code ::before} or {@code ::after} shows text: the {@code content} it gets on a page, which need not be written in
 * the rule that paints it ({@code .tip::before { content: "Tip: " }} in one rule, {@code .tip::before { background: #ffd }}
 * in another, or in another style sheet the page loads). The last {@code content} of the rules for the same selector (its
 * {@code ::before} and {@code :before} spellings alike) that apply where the rule does, outside any at-rule or under the same
 * ones, wins, as in the cascade; text is anything but none, {@code none}, {@code normal} or an empty string.
 */
final class GeneratedContent {
    private static final Pattern NO_TEXT = Pattern.compile("none|normal|\"\"|''");
    private static final Pattern PSEUDO = Pattern.compile("(?<!:):(before|after)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private GeneratedContent() {
    }

    /** Whether {@code selector} (one of {@code block}'s) gets {@code content} with text on one of {@code pages}, each its rules in order. */
    static boolean showsText(List<List<StyleBlocks.Block>> pages, StyleBlocks.Block block, String selector) {
        String wanted = normal(selector);
        for (List<StyleBlocks.Block> page : pages) {
            Declaration content = null;
            for (StyleBlocks.Block other : page) {
                Declaration own = other.last("content");
                if (own != null && applies(other, block) && selects(other, wanted)) {
                    content = own;
                }
            }
            if (content != null && !NO_TEXT.matcher(content.value().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean applies(StyleBlocks.Block other, StyleBlocks.Block block) {
        return other == block || other.conditions().isEmpty() || other.conditions().equals(block.conditions());
    }

    private static boolean selects(StyleBlocks.Block other, String wanted) {
        for (String selector : other.selectors().split(",")) {
            if (normal(selector).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** {@code selector} with its white space made one space and {@code :before} written {@code ::before}. */
    private static String normal(String selector) {
        return PSEUDO.matcher(SPACE.matcher(selector.strip()).replaceAll(" ")).replaceAll("::$1");
    }
}
