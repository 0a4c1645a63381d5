package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * hreflang alternates: every version of a page, itself included, plus {@code x-default}: the default
 * language's version (else the first), or, for the home pages, the root page that lets readers
 * choose a language ({@link #ofRoot()}: the root page names every home page and itself). The
 * sitemap lists them for the pages that have translations and for the root page ({@link Sitemap}),
 * and the checks require them to be reciprocal.
 */
public final class Alternates {
    private final SiteConfig config;
    private final TranslationIndex translations;

    public Alternates(SiteConfig config, TranslationIndex translations) {
        this.config = config;
        this.translations = translations;
    }

    /** The versions of a content page. */
    public List<Alternate> of(ContentDocument doc) {
        List<Alternate> items = new ArrayList<>();
        Map<String, ContentDocument> versions = translations.versions(doc);
        for (ContentDocument version : versions.values()) {
            items.add(new Alternate(version.lang(), config.baseUrl() + version.url()));
        }
        ContentDocument fallback = versions.getOrDefault(config.defaultLanguage(), versions.values().iterator().next());
        items.add(new Alternate("x-default", config.baseUrl() + (doc.type() == DocumentType.HOME ? "/" : fallback.url())));
        return List.copyOf(items);
    }

    /** Alternates of a page that exists at {@code urls} (by language, in the configured order), plus x-default. */
    public List<Alternate> of(Map<String, String> urls) {
        List<Alternate> items = new ArrayList<>();
        String fallback = null;
        for (String lang : config.languages()) {
            String url = urls.get(lang);
            if (url != null) {
                items.add(new Alternate(lang, config.baseUrl() + url));
                if (fallback == null || lang.equals(config.defaultLanguage())) {
                    fallback = config.baseUrl() + url;
                }
            }
        }
        if (fallback != null) {
            items.add(new Alternate("x-default", fallback));
        }
        return List.copyOf(items);
    }

    /** The root page's: every language's home page, in the configured order, and the root page itself as x-default. */
    public List<Alternate> ofRoot() {
        List<Alternate> items = new ArrayList<>();
        for (String lang : config.languages()) {
            items.add(new Alternate(lang, config.baseUrl() + "/" + lang + "/"));
        }
        items.add(new Alternate("x-default", config.baseUrl() + "/"));
        return List.copyOf(items);
    }
}
