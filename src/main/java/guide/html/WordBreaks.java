package guide.html;

import guide.site.Language;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The typography rules that put markup into a page's text, where a line may end inside a word or may not: after the
 * slash of a pair of words (the slashes rule, {@link SlashBreaks}), never at the hyphen of a word with a short part
 * (the hyphens rule, {@link HyphenatedWords}) and never inside a date (the dates rule, {@link KeptDates}). Markup exists on the page only: a title, the feed and the quiz's words
 * are text, and keep such words as typed. Neither rule adds markup where an element would be wrong or not allowed: in
 * an {@code svg}, {@code math}, {@code select}, {@code option} or {@code title}.
 */
final class WordBreaks {
    /** Where no element may be added to the text. */
    private static final Set<String> NOT_HERE = Set.of("svg", "math", "select", "option", "title");
    private final boolean slashes;
    private final boolean hyphens;
    /** The language's dates, or null without the dates rule. */
    private final KeptDates dates;

    WordBreaks(Language language) {
        List<Language.TypographyRule> rules = language.typography();
        this.slashes = rules.contains(Language.TypographyRule.SLASHES);
        this.hyphens = rules.contains(Language.TypographyRule.HYPHENS);
        this.dates = rules.contains(Language.TypographyRule.DATES) ? new KeptDates(language.locale()) : null;
    }

    /** True when the language has none of the rules. */
    boolean isNone() {
        return !slashes && !hyphens && dates == null;
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
            List<TextNode> parts = KeptRuns.wrap(text, keptRuns(text.getWholeText()));
            if (slashes) {
                parts.forEach(SlashBreaks::apply);
            }
        }
    }

    /** The runs of the text to keep on one line: its hyphenated words and its dates, as the language's rules have it. */
    private List<KeptRuns.Run> keptRuns(String text) {
        List<KeptRuns.Run> words = hyphens ? HyphenatedWords.in(text) : List.of();
        List<KeptRuns.Run> inDates = dates == null ? List.of() : dates.in(text);
        if (inDates.isEmpty()) {
            return words;
        }
        List<KeptRuns.Run> runs = new ArrayList<>(words);
        runs.addAll(inDates);
        return runs;
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
