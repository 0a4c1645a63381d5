package guide.style;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a {@code ::before} or {@code ::after} shows text: the {@code content} it gets on a page, which need not be written in
 * the rule that paints it ({@code .tip::before { content: "Tip: " }} in one rule, {@code .tip::before { background: #ffd }}
 * in another, or in another style sheet the page loads). Of the rules that write a {@code content} for the same element
 * ({@link SameElement}: {@code .tip::before} for {@code div.tip:before} too) and apply where the rule does, outside any
 * at-rule or under the same ones, the most specific and then the last wins, as in the cascade; text is anything but none,
 * {@code none}, {@code normal} or an empty string.
 */
final class GeneratedContent {
    private static final Pattern NO_TEXT = Pattern.compile("none|normal|\"\"|''");

    private GeneratedContent() {
    }

    /** Whether {@code selector} (one of {@code block}'s) gets {@code content} with text on one of {@code pages}, each its rules in order. */
    static boolean showsText(List<List<StyleBlocks.Block>> pages, StyleBlocks.Block block, String selector) {
        for (List<StyleBlocks.Block> page : pages) {
            List<StyleBlocks.Block> writing = page.stream().filter(other -> other.last("content") != null && applies(other, block)).toList();
            StyleBlocks.Block winner = SameElement.winner(writing, StyleBlocks.Block::selectors, selector);
            Declaration content = winner == null ? null : winner.last("content");
            if (content != null && !NO_TEXT.matcher(content.value().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean applies(StyleBlocks.Block other, StyleBlocks.Block block) {
        return other == block || other.conditions().isEmpty() || other.conditions().equals(block.conditions());
    }
}
