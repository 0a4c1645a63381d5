package guide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the index and the reader's query spell a word so that they meet: words are runs of letters
 * (with their combining marks) and digits; folded, a word is lowercase without diacritics ("Żółw"
 * becomes "zolw", "ł" becomes "l", Turkish "ı" becomes "i"). Runs joined by hyphens ("e-mail", "biało-czerwona") are also
 * one word, folded without its hyphens ("email"), so that "e-mail" and "email" meet, while each
 * run is still a word of its own ("mail"). So is an English negation with its apostrophe ("don't", "doesn’t"), folded
 * without it ("dont"), so that a reader who types "dont" finds it; other apostrophes ("it's", "client’s") separate
 * words, as "it's" and "its" are not the same word. assets/js/search-engine.js does exactly the same in the
 * browser (its WORD pattern, wordsOf and fold); change both together.
 */
public final class Folding {
    private Folding() {
    }

    /**
     * The folded form of a word: NFD, combining marks, hyphens and apostrophes removed, lowercase, ł as l and Turkish dotless
     * ı as i. Lowercase without a locale makes Turkish "ILIK" "ilik" (and "İLİK", its dot a mark, too), so a reader who typed
     * "ılık" found none of them until ı was folded as i.
     */
    public static String fold(String word) {
        if (isPlainLowercase(word)) {
            return word;
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c) && !isHyphen(c) && !isApostrophe(c)).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT).replace('ł', 'l').replace('ı', 'i');
    }

    /** Whether a word of {@link #words} is runs joined by hyphens ("e-mail") or a negation's apostrophe ("don't"), which stands beside its runs. */
    public static boolean isHyphenated(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isHyphen(word.charAt(i)) || isApostrophe(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlainLowercase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of a text, as written, in order; single characters are not words for search. A hyphenated word comes
     * right after its runs: "e-mailem" gives "mailem" and "e-mailem" ("e", one letter, is no word of its own).
     */
    public static List<String> words(String text) {
        // A copy of the characters: the JIT's quick (C1) compiler checks the coding and bounds on every String.charAt.
        char[] chars = text.toCharArray();
        int length = chars.length;
        List<String> words = new ArrayList<>();
        int start = -1;
        int joinedStart = -1;
        boolean hyphenated = false;
        for (int i = 0; i <= length; ) {
            int c = i < length ? Character.codePointAt(chars, i) : ' ';
            boolean inWord = i < length && isWordCharacter(c);
            if (inWord && start < 0) {
                start = i;
                joinedStart = joinedStart < 0 ? i : joinedStart;
            } else if (!inWord && start >= 0) {
                if (i - start > 1) {
                    words.add(new String(chars, start, i - start));
                }
                start = -1;
                if (i + 1 < length && (isHyphen(c) && isWordCharacter(Character.codePointAt(chars, i + 1)) || isNegation(chars, i))) {
                    hyphenated = true;
                } else {
                    if (hyphenated) {
                        words.add(new String(chars, joinedStart, i - joinedStart));
                    }
                    joinedStart = -1;
                    hyphenated = false;
                }
            }
            i += Character.charCount(c);
        }
        return words;
    }

    private static boolean isWordCharacter(int c) {
        return c < 0x80 ? isAsciiLetterOrDigit(c) : Character.isLetter(c) || isMark(c) || isNumber(c);
    }

    /** Whether the apostrophe at i is a negation's, "n't" at a word's end ("don't", "isn’t"), which joins its runs. */
    private static boolean isNegation(char[] chars, int i) {
        int t = i + 1;
        return isApostrophe(chars[i]) && i > 0 && (chars[i - 1] == 'n' || chars[i - 1] == 'N')
                && (chars[t] == 't' || chars[t] == 'T') && (t + 1 == chars.length || !isWordCharacter(Character.codePointAt(chars, t + 1)));
    }

    /** The typewriter apostrophe and the typographic one (U+2019). */
    private static boolean isApostrophe(int c) {
        return c == '\'' || c == 0x2019;
    }

    /** The hyphen-minus and Unicode's hyphen and non-breaking hyphen; not dashes, which separate words. */
    private static boolean isHyphen(int c) {
        return c == '-' || c == 0x2010 || c == 0x2011;
    }

    /** For ASCII, the same as the test below: no ASCII character is a mark, and only 0 to 9 are numbers. */
    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
