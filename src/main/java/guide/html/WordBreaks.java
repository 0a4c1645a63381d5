package guide.html;

import guide.site.Language;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.List;
import java.util.Set;

/**
 * The typography rules that put markup into a page's text, where a line may end inside a word or may not: after the
 * slash of a pair of words (the slashes rule, {@link SlashBreaks}) and never at the hyphen of a word with a short part
 * (the hyphens rule, {@link HyphenatedWords}). Markup exists on the page only: a title, the feed and the quiz's words
 * are text, and keep such words as typed. Neither rule adds markup where an element would be wrong or not allowed: in
 * an {@code svg}, {@code math}, {@code select}, {@code option} or {@code title}.
 */
final class WordBreaks {
    /** Where no element may be added to the text. */
    private static final Set<String> NOT_HERE = Set.of("svg", "math", "select", "option", "title");
    private final boolean slashes;
    private final boolean hyphens;

    WordBreaks(List<Language.TypographyRule> rules) {
        this.slashes = rules.contains(Language.TypographyRule.SLASHES);
        this.hyphens = rules.contains(Language.TypographyRule.HYPHENS);
    }

    /** True when the language has neither rule. */
    boolean isNone() {
        return !slashes && !hyphens;
    }

    /**
     * Applies the rules to text nodes the page's typography has set, after its walk over them: during the walk, a text
     * split in two would have its second half visited again.
     */
    void apply(List<TextNode> typeset) {
        if (isNone()) {
            return;
        }
        for (TextNode text : typeset) {
            if (text.parent() == null || noMarkupIn(text)) {
                continue;
            }
            List<TextNode> parts = hyphens ? HyphenatedWords.apply(text) : List.of(text);
            if (slashes) {
                parts.forEach(SlashBreaks::apply);
            }
        }
    }

    /** True when the text is inside an element where no element may be added ({@link #NOT_HERE}). */
    private static boolean noMarkupIn(TextNode text) {
        for (Element at = (Element) text.parent(); at != null; at = at.parent()) {
            if (NOT_HERE.contains(at.normalName())) {
                return true;
            }
        }
        return false;
    }
}
