package guide.translation.xliff;

/**
 * One part of a Markdown body as sections align between languages: the text before the first
 * {@code ##}/{@code ###} heading, one such heading with everything up to the next, the footnote
 * definitions at the end taken together, or one of them. Parts follow each other without gaps, so
 * a body is its parts' text in order; a part's trailing blank lines are its own.
 *
 * @param key   what the same part is called in the other language: {@code intro}, {@code #id} for a
 *              heading with an id, {@code ~n} for the n-th heading without one, {@code footnotes},
 *              {@code ^label} for a footnote; unique within the body
 * @param name  how a translator sees it named: the heading's id, the footnote's label, "intro"; may be empty
 */
public record BodyPart(Kind kind, String key, String name, TextRange range) {

    /** What a part is. */
    public enum Kind { INTRO, SECTION, FOOTNOTES, FOOTNOTE }

    public int start() {
        return range.start();
    }

    public int end() {
        return range.end();
    }
}
