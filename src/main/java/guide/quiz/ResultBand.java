package guide.quiz;

/**
 * A range of scores and what to do about it.
 *
 * @param advice Markdown, usually with links to the article's sections
 */
public record ResultBand(String id, String title, int min, int max, String advice, int line) {
}
