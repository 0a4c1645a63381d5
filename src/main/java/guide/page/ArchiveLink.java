package guide.page;

import java.io.Serializable;

/**
 * A home page's link to the archive of all articles.
 *
 * @param count what the archive lists: every article of the language and its quiz
 * @param more  true when the home page does not list every article
 */
public record ArchiveLink(String url, int count, boolean more) implements Serializable {
}
