package guide.page;

import guide.i18n.UiStrings;
import guide.site.SiteConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The site's root page: offers every language in its own words, as plain links (no JavaScript, no
 * redirect), with every language's home page as an hreflang alternate and itself as x-default, as
 * the home pages name it. Its description is every language's tagline: the title already names the guide, and a
 * tagline after "Przewodnik freelancera:" would open with a capital that Polish, like British English, writes small there.
 */
public final class RootPage {
    private final SiteConfig config;
    private final UiStrings ui;
    private final LanguageViews languages;
    private final Alternates alternates;
    private final ShareImages shares;

    public RootPage(SiteConfig config, UiStrings ui, LanguageViews languages, Alternates alternates, ShareImages shares) {
        this.config = config;
        this.ui = ui;
        this.languages = languages;
        this.alternates = alternates;
        this.shares = shares;
    }

    public PageModel model() {
        String lang = config.defaultLanguage();
        List<LanguageChoice> choices = new ArrayList<>();
        for (String code : config.languages()) {
            choices.add(new LanguageChoice(code, "/" + code + "/", ui.text(code, "languageName"), ui.text(code, "siteName"), ui.text(code, "tagline"),
                    ui.text(code, "enterSite"), Feeds.path(code), ui.text(code, "siteName"), languages.of(code).ogLocale()));
        }
        String title = String.join(" · ", choices.stream().map(LanguageChoice::siteName).distinct().toList());
        return PageModel.builder(lang, languages.of(lang), "root", title, "/", config.baseUrl() + "/", config.baseUrl())
                .summary(String.join(" / ", choices.stream().map(LanguageChoice::tagline).toList()))
                .alternates(alternates.ofRoot())
                .languages(List.copyOf(choices))
                .socialImage(shares.ofRoot("index.html", title))
                .build();
    }

}
