package guide.page;

import java.io.Serializable;

/**
 * A section of an outdated translation whose source changed since the stamp: named in the page's
 * outdated notice, and marked in place under its heading ("This section was updated in the Polish
 * original on 3 March 2027. Read it in the original").
 *
 * @param anchor      the id of the section's element on this page (the heading's {@code {#id}}; on a quiz page the sign's group)
 * @param title       the section's heading in this page's language, as plain text
 * @param marker      the marker's sentence, in this page's language
 * @param originalUrl the same section in the source
 * @param linkText    the marker's link text
 */
public record SectionMark(String anchor, String title, String marker, String originalUrl, String linkText) implements Serializable {
}
