package guide.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line may end after the slash of a pair of words ("zdecydowałem/zdecydowałam", "klient/klientka"): Chromium breaks
 * no line there, so such a pair is one word to it, and the Polish notice's "zdecydowałem/zdecydowałam," (some 530 px
 * with text at 200 %) was cut mid-word on every phone. The pass puts a {@code <wbr>} after the slash, only where letters
 * stand on both sides and each word has three letters or more: a unit ("km/h", "zł/godz.") and a one-letter word
 * ("i/lub") stay whole, and so does anything that looks like an address or a path ("example.org/w", "/pl/jak", "a@b/c").
 * A {@code <wbr>} and not U+200B: it is no character, so a copied pair, the browser's find, a screen reader, the search
 * index (which reads text nodes) and the feed (typeset as text) all have the pair as written.
 */
final class SlashBreaks {
    /** A run without spaces: a pair of words, with the punctuation a sentence puts around them ("(on/ona),"). */
    private static final Pattern RUN = Pattern.compile("[^\\s\\u00A0]+");
    private static final Pattern PAIR = Pattern.compile("[(\\[„“\"'‘«]*(\\p{L}[\\p{L}\\p{M}-]*(?:/\\p{L}[\\p{L}\\p{M}-]*)+)[)\\]”\"'’».,;:!?…]*");
    private static final int SHORTEST = 3;

    private SlashBreaks() {
    }

    /** Puts a {@code <wbr>} after each slash of a pair of words in the text (which the page's typography has set). */
    static void apply(TextNode text) {
        if (text.getWholeText().indexOf('/') < 0) {
            return;
        }
        List<Integer> breaks = breaks(text.getWholeText());
        for (int i = breaks.size() - 1; i >= 0; i--) {
            text.splitText(breaks.get(i)).before(new Element("wbr"));
        }
    }

    /** The offsets right after the slashes of the text's pairs of words, first to last. */
    static List<Integer> breaks(String text) {
        List<Integer> breaks = new ArrayList<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            Matcher pair = PAIR.matcher(run.group());
            if (pair.matches() && longEnough(pair.group(1))) {
                int start = run.start() + pair.start(1);
                for (int i = start; i < run.start() + pair.end(1); i++) {
                    if (text.charAt(i) == '/') {
                        breaks.add(i + 1);
                    }
                }
            }
        }
        return breaks;
    }

    /** Each word of the pair has at least {@link #SHORTEST} letters. */
    private static boolean longEnough(String pair) {
        for (String word : pair.split("/")) {
            if (word.codePoints().filter(Character::isLetter).count() < SHORTEST) {
                return false;
            }
        }
        return true;
    }
}
