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

    KeptPhrases(List<String> phrases) {
        List<String> spaced = phrases.stream().filter(p -> p.strip().contains(" ")).toList();
        this.pattern = spaced.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + spaced.stream().map(KeptPhrases::regex).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        do {
            out.append(text, copied, matcher.start()).append(matcher.group().replaceAll(SPACES, "\u00A0"));
            copied = matcher.end();
        } while (matcher.find());
        return out.append(text, copied, text.length()).toString();
    }

    /** A phrase as a pattern: its words as written, any run of spaces (a line break in the source too) between them. */
    private static String regex(String phrase) {
        return List.of(phrase.strip().split(SPACES)).stream().map(Pattern::quote).collect(Collectors.joining(SPACES));
    }
}
