package guide.html;

import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A hyphenated word with a short part stays on one line: a one-letter prefix ("e-mailem", "e-book", "T-shirt",
 * "e-Faktur") or an abbreviation's ending ("CMS-u", "SMS-em", "PDF-owy"). Chromium may end a line after any hyphen, and
 * on a 390 px phone the Polish 5-signs article's quoted contract clause ended a line with "e-" and opened the next with
 * "mailem,". The pass wraps such a word in {@code <span class="whole-word">}, which the style sheet keeps on one line, and
 * the text around it in a plain span, one box as the text was.
 * A span and not a no-break hyphen (U+2011): the site's text is in the reader's system fonts, and one without that
 * character draws it from another font, at another width and height; a span is no character, so a copied word, the
 * browser's find, the search index (which reads text nodes) and the feed have the word as typed. Only a word standing
 * on its own counts: an address or a path ("/e-mail", "a.e-b", "e-pity.pl", "e-mail@example.org") stays as it is.
 */
final class HyphenatedWords {
    /** The class of the span that keeps a word whole; {@code site.css} gives it {@code white-space: nowrap}. */
    static final String WHOLE_WORD = "whole-word";
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_.'’@/:\\-\\u2010])"
            + "(?:\\p{L}[-\\u2010][\\p{L}\\p{M}]++|\\p{Lu}{2,}[-\\u2010]\\p{Ll}[\\p{Ll}\\p{M}]*+)"
            + "(?![\\p{N}_@/]|[.:][\\p{L}\\p{N}])");

    private HyphenatedWords() {
    }

    /**
     * Wraps each such word of the text (which the page's typography has set) in a span.
     *
     * @return the text nodes the text now is, in order: the text itself, the words in their spans and the text between
     */
    static List<TextNode> apply(TextNode text) {
        String whole = text.getWholeText();
        if (whole.indexOf('-') < 0 && whole.indexOf('\u2010') < 0) {
            return List.of(text);
        }
        List<MatchResult> words = WORD.matcher(whole).results().toList();
        if (words.isEmpty() || text.parent().hasClass(WHOLE_WORD)) {
            return List.of(text);
        }
        boolean wordAlone = words.size() == 1 && words.get(0).start() == 0 && words.get(0).end() == whole.length();
        if (!wordAlone) {
            // One box for the text, as it was: in a flex container (a share link's button) the text's pieces around the
            // word's span would be items of their own, and the space before the word would vanish ("Wyślije-mailem").
            text.wrap("<span></span>");
        }
        List<TextNode> parts = new ArrayList<>();
        TextNode rest = text;
        int offset = 0;
        for (MatchResult word : words) {
            TextNode wordNode = rest.splitText(word.start() - offset);
            parts.add(rest);
            // jsoup splits before the last character at the latest: a word that ends the text leaves nothing after it.
            TextNode after = word.end() < whole.length() ? wordNode.splitText(word.end() - word.start()) : null;
            wordNode.wrap("<span class=\"" + WHOLE_WORD + "\"></span>");
            parts.add(wordNode);
            rest = after;
            offset = word.end();
        }
        if (rest != null) {
            parts.add(rest);
        }
        return parts;
    }
}
