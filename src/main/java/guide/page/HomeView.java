package guide.page;

import java.io.Serializable;
import java.util.List;

/**
 * What a language's home page lists besides its own text.
 *
 * @param latest            the newest articles ({@code site.home.latest})
 * @param quiz              the language's quiz, or null
 */
public record HomeView(List<Card> latest, ArchiveLink archive, List<OtherLanguageCard> otherLanguageOnly, Card quiz) implements Serializable {
}
