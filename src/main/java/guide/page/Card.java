package guide.page;

import java.io.Serializable;

/**
 * An article as lists show it: on home pages, in the archive, under "related".
 *
 * @param readingTime "5 minut czytania", with the language's plural form; null for a quiz (its summary says how long it takes)
 */
public record Card(String title, String url, String summary, DateText date, String readingTime) implements Serializable {
}
