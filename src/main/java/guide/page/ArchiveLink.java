package guide.page;

import java.io.Serializable;

/**
 * A home page's link to the archive of all articles.
 *
 * @param count every article of the language
 * @param more  true when the home page does not list them all
 */
public record ArchiveLink(String url, int count, boolean more) implements Serializable {
}
