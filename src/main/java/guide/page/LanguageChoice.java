package guide.page;

import java.io.Serializable;

/**
 * One language offered on the root page, in that language's own words: its site's name, tagline and
 * "read in …" link, and its feed, which the root page's head names for feed readers by {@code feedTitle}, the
 * guide's name in that language. The root not-found page ({@link RootNotFoundPage}) offers each language's
 * "page not found" title in {@code siteName}, its summary in {@code tagline} and "go to the home
 * page" in {@code enter}; its feeds keep their names (a feed reader lists "Przewodnik freelancera", not "Nie ma takiej strony"). {@code ogLocale} is the language's Open Graph locale ({@code en_GB}): the root pages
 * show every language at one address, so they name the others as {@code og:locale:alternate}.
 */
public record LanguageChoice(String lang, String url, String langName, String siteName, String tagline, String enter,
                             String feedPath, String feedTitle, String ogLocale) implements Serializable {
}
