package guide.page;

import guide.html.Typography;
import guide.site.SiteConfig;

import java.util.HashMap;
import java.util.Map;

/**
 * Each language's typography ({@link Typography}) for the words a page model carries where the HTML
 * pass over a page's text never reaches: the {@code <title>}, the description and Open Graph tags,
 * the structured data, the share links, the Atom feed and the social card. An article's title then
 * reads the same in a browser tab, a link preview and a feed reader as in its heading (“it’s”, not
 * "it's"). Typesetting a text twice changes nothing, so the page's own pass may meet these words again.
 */
public final class Typesetter {
    private final Map<String, Typography> byLanguage = new HashMap<>();
    private final Typography fallback;

    public Typesetter(SiteConfig config) {
        for (String code : config.languages()) {
            byLanguage.put(code, new Typography(config.language(code)));
        }
        this.fallback = byLanguage.get(config.defaultLanguage());
    }

    /** The text with the rules of its language (the default language's for an unknown code); null stays null. */
    public String text(String lang, String text) {
        return text == null ? null : byLanguage.getOrDefault(lang, fallback).apply(text);
    }
}
