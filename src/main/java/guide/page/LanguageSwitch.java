package guide.page;

import guide.content.ContentDocument;
import guide.i18n.UiStrings;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The language switch of a page: for every other language, the same page in that language, or that
 * language's home page with a note that there is no translation yet. A reader who switches lands
 * on the same article, never silently on a home page.
 */
public final class LanguageSwitch {
    private final SiteConfig config;
    private final TranslationIndex translations;
    private final UiStrings ui;

    public LanguageSwitch(SiteConfig config, TranslationIndex translations, UiStrings ui) {
        this.config = config;
        this.translations = translations;
        this.ui = ui;
    }

    /**
     * The switch of a content page; each translation comes with the ids of its known sections, so
     * a reader in one of them lands on it ({@link SectionIds}).
     */
    public List<SwitchOption> of(ContentDocument doc) {
        List<SwitchOption> items = options(doc.lang(), lang -> translations.in(doc, lang).map(ContentDocument::url).orElse(null));
        return items.stream().map(s -> !s.available() ? s : translations.in(doc, s.lang())
                .map(t -> new SwitchOption(s.lang(), s.langName(), s.url(), true, null, null, SectionIds.of(t)))
                .orElse(s)).toList();
    }

    /**
     * The switch of a page whose version in each other language is given by {@code urlIn} (null
     * where there is none).
     */
    public List<SwitchOption> options(String pageLang, Function<String, String> urlIn) {
        List<SwitchOption> items = new ArrayList<>();
        for (String lang : config.languages()) {
            if (lang.equals(pageLang)) {
                continue;
            }
            String name = ui.text(lang, "languageName");
            String url = urlIn.apply(lang);
            items.add(url != null
                    ? new SwitchOption(lang, name, url, true, null, null)
                    : new SwitchOption(lang, name, "/" + lang + "/", false, missingNote(pageLang, lang),
                    ui.text(lang, "goToHome")));
        }
        return List.copyOf(items);
    }

    /** "This page is not available in Ukrainian yet.": the note names the language, in the page's language's words for it. */
    private String missingNote(String pageLang, String lang) {
        return ui.text(pageLang, "translationMissing").replace("{0}", ui.about(pageLang, "inLanguage", lang));
    }
}
