package guide.html;

import guide.site.Language;
import org.jsoup.nodes.TextNode;

import java.util.List;

/**
 * The typography rules that put markup into a page's text, where a line may end inside a word or may not: after the
 * slash of a pair of words (the slashes rule, {@link SlashBreaks}) and never at the hyphen of a word with a short part
 * (the hyphens rule, {@link HyphenatedWords}). Markup exists on the page only: a title, the feed and the quiz's words
 * are text, and keep such words as typed.
 */
final class WordBreaks {
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
     * Applies the rules to text nodes the page's typography has set, after its walk over them, which a text split in
     * two would have visit its second half again.
     */
    void apply(List<TextNode> typeset) {
        if (isNone()) {
            return;
        }
        for (TextNode text : typeset) {
            List<TextNode> parts = hyphens ? HyphenatedWords.apply(text) : List.of(text);
            if (slashes) {
                parts.forEach(SlashBreaks::apply);
            }
        }
    }
}
