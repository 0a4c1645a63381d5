package guide.content;

import java.util.Set;

/**
 * A header value of one word put in quotes, {@code status="published"} or, typed in a word processor
 * or on a Mac with smart quotes on, {@code status=“published”}: the header is {@code key=value}
 * with no quotes, so the value would be another word, and the message would show the quotes
 * without saying they are the fault ({@code status must be 'published' or 'draft', not '“published”'}).
 * Only the keys whose values are names, dates or addresses: a title or summary may be a quotation.
 * In those values an invisible character pasted inside a word is named too ({@link InvisibleEdges#inside}).
 */
final class QuotedValues {
    private static final Set<String> WORD_KEYS = Set.of("date", "type", "status", "translationKey", "author", "updated", "lang",
            "sourceLanguage", HeaderKeys.LEGAL_STATUS, "image", "aliases");
    private static final String OPENING = "\"'“”„‘’‚«»";
    private static final String CLOSING = "\"'“”‘’«»";

    private QuotedValues() {
    }

    /** Why the value is wrong, with the line as it should be; null when it is not a quoted name. */
    static String fault(String key, String value) {
        String invisible = WORD_KEYS.contains(key) ? InvisibleEdges.inside(key, value) : null;
        if (invisible != null) {
            return invisible;
        }
        if (!WORD_KEYS.contains(key) || value.length() < 2 || OPENING.indexOf(value.charAt(0)) < 0
                || CLOSING.indexOf(value.charAt(value.length() - 1)) < 0) {
            return null;
        }
        String bare = value.substring(1, value.length() - 1).strip();
        return "header values are written without quotes: write " + key + "=" + bare;
    }
}
