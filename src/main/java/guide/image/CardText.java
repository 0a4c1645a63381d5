package guide.image;

import java.io.Serializable;
import java.util.Objects;

/**
 * The words on a page's social card: its title, the guide's name (empty when the title names the
 * guide itself, as the root page's does) and the page's language as readers call it ("Polski", "English"). Everything a card shows, so also what its key hashes.
 */
public record CardText(String title, String siteName, String language) implements Serializable {
    public CardText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(language, "language");
    }
}
