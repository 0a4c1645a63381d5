package guide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the index and the reader's query spell a word so that they meet: words are runs of letters
 * and digits; folded, a word is lowercase without diacritics ("Żółw" becomes "zolw", "ł" becomes
 * "l"). assets/js/search-engine.js does exactly the same in the browser; change both together.
 */
public final class Folding {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** The folded form of a word: NFD, combining marks removed, lowercase, ł as l. */
    public static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('ł', 'l');
    }

    /** The words of a text, as written, in order; single characters are not words for search. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() > 1) {
                words.add(m.group());
            }
        }
        return words;
    }
}
