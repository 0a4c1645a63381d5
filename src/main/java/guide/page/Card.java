package guide.page;

import java.io.Serializable;

/**
 * An article as lists show it: on home pages, in the archive, under "related".
 *
 * @param readingTime "5 minut czytania", with the language's plural form
 */
public record Card(String title, String url, String summary, DateText date, String readingTime) implements Serializable {
}
