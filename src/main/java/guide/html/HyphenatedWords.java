package guide.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A hyphenated word with a short part stays on one line: a one-letter prefix ("e-mailem", "e-book", "T-shirt",
 * "e-Faktur") or an abbreviation's ending ("CMS-u", "SMS-em", "PDF-owy"). Chromium may end a line after any hyphen, and
 * on a 390 px phone the Polish 5-signs article's quoted contract clause ended a line with "e-" and opened the next with
 * "mailem,". {@link KeptRuns} wraps such a word in {@code <span class="whole-word">}, which the style sheet keeps on one
 * line.
 * A span and not a no-break hyphen (U+2011): the site's text is in the reader's system fonts, and one without that
 * character draws it from another font, at another width and height. Only a word standing on its own counts: an address
 * or a path ("/e-mail", "a.e-b", "e-pity.pl", "e-mail@example.org") stays as it is.
 */
final class HyphenatedWords {
    /** The class of the span that keeps a word whole; {@code site.css} gives it {@code white-space: nowrap}. */
    static final String WHOLE_WORD = "whole-word";
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_.'’@/:\\-\\u2010])"
            + "(?:\\p{L}[-\\u2010][\\p{L}\\p{M}]++|\\p{Lu}{2,}[-\\u2010]\\p{Ll}[\\p{Ll}\\p{M}]*+)"
            + "(?![\\p{N}_@/]|[.:][\\p{L}\\p{N}])");

    private HyphenatedWords() {
    }

    /** The words of the text (which the page's typography has set) to keep whole, first to last. */
    static List<KeptRuns.Run> in(String text) {
        if (text.indexOf('-') < 0 && text.indexOf('\u2010') < 0) {
            return List.of();
        }
        return WORD.matcher(text).results().map(word -> new KeptRuns.Run(word.start(), word.end(), WHOLE_WORD)).toList();
    }
}
