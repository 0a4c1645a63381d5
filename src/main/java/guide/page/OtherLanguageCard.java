package guide.page;

import java.io.Serializable;

/**
 * An article that exists in another language only, listed on a home page so readers know it exists.
 *
 * @param lang the article's language
 * @param card its title and summary as written, its date in the home page's language
 * @param note "available in Polish only", in the home page's language
 */
public record OtherLanguageCard(String lang, Card card, String note) implements Serializable {
}
