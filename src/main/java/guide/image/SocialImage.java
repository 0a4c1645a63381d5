package guide.image;

import java.io.Serializable;
import java.util.Objects;

/**
 * The picture a page is shared with ({@code og:image}, the JSON-LD {@code image}): its absolute
 * address, its size in pixels, its text alternative, and, when it is the page's card, the words
 * the card shows, which the build draws it from. Part of the page's model, so of its key.
 *
 * @param card what the card shows, or null for an article's own picture
 */
public record SocialImage(String url, int width, int height, String alt, CardText card) implements Serializable {
    public SocialImage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(alt, "alt");
        if (!url.matches("https?://.+")) {
            throw new IllegalArgumentException("a shared image needs an absolute address, not " + url);
        }
    }
}
