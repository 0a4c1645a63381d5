package guide.content;

/** Minutes a reader needs for a Markdown body, at 200 words a minute, at least one. */
public final class ReadingTime {
    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    /** Counts words: runs of letters or digits, ignoring Markdown punctuation and URLs. */
    public static int words(String markdown) {
        String text = markdown.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("\\{#[^}]*}", "");
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    public static int minutes(String markdown) {
        return Math.max(1, (int) Math.round(words(markdown) / (double) WORDS_PER_MINUTE));
    }
}
