package guide.page;

import guide.i18n.UiStrings;
import guide.image.SocialCards;
import guide.image.SocialImage;
import guide.site.SiteConfig;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The picture each HTML page is shared with ({@code og:image}): the article's own picture when its
 * front matter names one, else the page's social card (its title, the guide's name and its
 * language, drawn by the build), unless {@code site.socialCards=false}. Every HTML page has one, the
 * not-found pages too (a shared broken link then shows the guide's card, not a bare address). The
 * root page's card names every language it offers. Its words come typeset in their language
 * ({@link Typesetter}), as the page's heading is (“it’s” for "it's" in English, no line break after
 * "w" in Polish); so does the card's alt text, the title joined to the guide's name with a spaced dash
 * here, so that dash keeps off a line's start as the title's own do ("Artykuły i&nbsp;testy&nbsp;– strona
 * 2&nbsp;z&nbsp;2&nbsp;– Przewodnik freelancera"), for whoever shows or reads out {@code og:image:alt}; and the
 * alt text of an article's own picture ({@code imageAlt=}), by the same rules.
 */
public final class ShareImages {
    private final SiteConfig config;
    private final UiStrings ui;
    private final Map<String, SocialImage> ownPictures;
    private final Typesetter typesetter;

    /** @param ownPictures the articles' own, validated pictures, by the page's output path */
    public ShareImages(SiteConfig config, UiStrings ui, Map<String, SocialImage> ownPictures) {
        this.config = config;
        this.ui = ui;
        this.ownPictures = Map.copyOf(ownPictures);
        this.typesetter = new Typesetter(config);
    }

    /** The share picture of a content page or an archive page, or null. */
    public SocialImage of(String outputPath, String title, String lang) {
        return of(outputPath, title, lang, ui.text(lang, "languageName"));
    }

    /** The root page's: its card's band names all the site's languages. */
    public SocialImage ofRoot(String outputPath, String title) {
        String languages = config.languages().stream().map(code -> ui.text(code, "languageName")).collect(Collectors.joining(" \u00b7 "));
        return of(outputPath, title, config.defaultLanguage(), languages);
    }

    private SocialImage of(String outputPath, String title, String lang, String languageName) {
        if (!outputPath.endsWith(".html")) {
            return null;
        }
        SocialImage own = ownPictures.get(outputPath);
        if (own != null) {
            return new SocialImage(own.url(), own.width(), own.height(), typesetter.text(lang, own.alt()), own.card());
        }
        if (!config.socialCards()) {
            return null;
        }
        SocialImage card = SocialCards.image(config.baseUrl(), outputPath, title, ui.text(lang, "siteName"), ui.text(lang, "tagline"), languageName);
        return new SocialImage(card.url(), card.width(), card.height(), typesetter.text(lang, card.alt()), card.card());
    }
}
