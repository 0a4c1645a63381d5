package guide.page;

import guide.i18n.Digits;
import guide.i18n.UiStrings;
import guide.search.SearchIndexFiles;
import guide.site.Language;
import guide.site.SiteConfig;

/** Each language as templates need it: its own name, locale, og:locale, writing direction, the addresses of its feed and search index, its digits. */
public final class LanguageViews {
    private final SiteConfig config;
    private final UiStrings ui;

    public LanguageViews(SiteConfig config, UiStrings ui) {
        this.config = config;
        this.ui = ui;
    }

    public LanguageView of(String lang) {
        Language language = config.language(lang);
        return new LanguageView(lang, ui.text(lang, "languageName"), language.locale().toLanguageTag(), language.ogLocale(),
                language.direction(), Feeds.path(lang), SearchIndexFiles.address(lang), Digits.of(language.locale()));
    }
}
