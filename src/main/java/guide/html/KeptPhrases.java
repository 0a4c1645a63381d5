package guide.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A language's abbreviations of several words that must stay on one line ({@code site.language.pl.keepTogether}):
 * the spaces inside "Dz. U." (Dziennik Ustaw), "tys. zł" or "pr. aut." become one non-breaking space each, so a
 * reader never meets "Dz." at the end of a line and "U." at the start of the next. Polish writes such
 * abbreviations with a space when their parts have two letters or more ("Dz. U.", "dz. cyt."), and without one
 * otherwise ("m.in.", "p.n.e."), which need no rule. A phrase counts only as whole words, whatever its case:
 * "tys. zł" is kept in "5 tys. zł," but not in "tys. złotych".
 */
final class KeptPhrases {
    private static final String SPACES = "[ \\t\\n\\u00A0]+";

    /** All the phrases as one pattern, or null when the language lists none. */
    private final Pattern pattern;
    /**
     * Which characters a phrase may start with, as the case-insensitive pattern compares them (indexed by
     * the character), or null to let the pattern look everywhere (a phrase that starts outside the Basic
     * Multilingual Plane).
     */
    private final boolean[] firstLetters;

    KeptPhrases(List<String> phrases) {
        List<String> spaced = phrases.stream().filter(p -> p.strip().contains(" ")).toList();
        this.pattern = spaced.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + spaced.stream().map(KeptPhrases::regex).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        StringBuilder first = new StringBuilder();
        for (String phrase : spaced) {
            char c = phrase.strip().charAt(0);
            first.append(Character.isSurrogate(c) ? '\uFFFF' : fold(c));
        }
        this.firstLetters = first.indexOf("\uFFFF") >= 0 ? null : startTable(first.toString());
    }

    /** For each character, whether it is one of {@code folded} or folds to one of them. */
    private static boolean[] startTable(String folded) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = folded.indexOf(c) >= 0 || folded.indexOf(fold((char) c)) >= 0;
        }
        return table;
    }

    /** True when there is nothing to keep together. */
    boolean isNone() {
        return pattern == null;
    }

    /** The text with the spaces inside each phrase as one non-breaking space; the same text when none occurs. */
    String apply(String text) {
        if (pattern == null) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        // Transparent bounds: the look-behind still sees the character before the region.
        matcher.useTransparentBounds(true);
        StringBuilder out = null;
        int copied = 0;
        // The scan reads a copy of the characters: see Whitespace on what String.charAt costs under the quick (C1) compiler.
        char[] chars = firstLetters == null ? null : text.toCharArray();
        for (int at = next(matcher, text, chars, 0); at >= 0; at = next(matcher, text, chars, matcher.end())) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, at).append(matcher.group().replaceAll(SPACES, "\u00A0"));
            copied = matcher.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Where the next phrase from {@code from} on starts (the matcher then holds it), or -1: what
     * a search from {@code from} finds, but tried only where a letter a phrase starts with stands and no
     * letter or digit stands before it (the pattern's look-behind would refuse it), which spares the pattern
     * nearly every position of a page's text.
     *
     * @param chars the text's characters, or null when {@link #firstLetters} is
     */
    private int next(Matcher matcher, String text, char[] chars, int from) {
        int length = text.length();
        if (firstLetters == null) {
            matcher.region(from, length);
            return matcher.find() ? matcher.start() : -1;
        }
        for (int i = from; i < length; i++) {
            if (firstLetters[chars[i]] && (i == 0 || !inWord(chars[i - 1]))) {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A letter or digit: the pattern's look-behind ({@code [\\p{L}\\p{N}]}) refuses a phrase right after one. */
    private static boolean inWord(char c) {
        return Character.isLetter(c) || Character.isDigit(c);
    }

    /**
     * A character as a case-insensitive Unicode pattern compares it: java.util.regex takes a character for
     * a pattern's folded one if it is that one or folds to it.
     */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A phrase as a pattern: its words as written, any run of spaces (a line break in the source too) between them. */
    private static String regex(String phrase) {
        return List.of(phrase.strip().split(SPACES)).stream().map(Pattern::quote).collect(Collectors.joining(SPACES));
    }
}
