package guide.content;

/** The words of a Markdown body, and the minutes a reader needs for them, at 200 words a minute, at least one. */
public final class ReadingTime {
    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    /** Counts words: runs of letters or digits, leaving out link targets {@code ](…)} and ids {@code {#…}}. One pass, no copies. */
    public static int words(String markdown) {
        int count = 0;
        boolean inWord = false;
        int length = markdown.length();
        for (int i = 0; i < length; i++) {
            char c = markdown.charAt(i);
            int skipTo = c == ']' && i + 1 < length && markdown.charAt(i + 1) == '(' ? markdown.indexOf(')', i + 2)
                    : c == '{' && i + 1 < length && markdown.charAt(i + 1) == '#' ? markdown.indexOf('}', i + 2) : -1;
            if (skipTo > 0) {
                i = skipTo;
                inWord = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** The words of the document's text ({@link #words(String)}). */
    public static int words(ContentDocument doc) {
        return words(doc.body());
    }

    /** Minutes a reader needs for the document's text. */
    public static int minutes(ContentDocument doc) {
        return minutes(doc.body());
    }

    public static int minutes(String markdown) {
        return minutesFor(words(markdown));
    }

    /** Minutes a reader needs for {@code words} words ({@link #words}). */
    public static int minutesFor(int words) {
        return Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
    }
}
