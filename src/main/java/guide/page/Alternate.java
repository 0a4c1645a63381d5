package guide.page;

import java.io.Serializable;

/**
 * One hreflang alternate of a page: {@code <link rel="alternate" hreflang="en" href="…">}.
 *
 * @param lang a language code, or {@code x-default}
 * @param href the absolute URL of that version
 */
public record Alternate(String lang, String href) implements Serializable {
}
