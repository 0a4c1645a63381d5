package guide.page;

import java.io.Serializable;

/**
 * A home page's link to the archive of all articles.
 *
 * @param count     what the archive lists: every article of the language and its quiz
 * @param countText the count as the home page's language writes it ("1,240" in English, "12 240" in Polish), which the link shows
 * @param more      true when the home page does not list every article
 */
public record ArchiveLink(String url, int count, String countText, boolean more) implements Serializable {
}
