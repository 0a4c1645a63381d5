package guide.page;

import java.io.Serializable;

/** One language offered on the root page, in that language's own words. */
public record LanguageChoice(String lang, String url, String langName, String siteName, String tagline, String enter) implements Serializable {
}
