package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.i18n.UiStrings;
import guide.site.SiteConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The not-found page at the root of the site ({@code /404.html}), for an address outside every
 * language's folder (and, on hosts that serve one page for every missing address, for all of them):
 * the address says nothing of the reader's language, so the page says "not found" in every
 * language that has a not-found page, each with its title, its summary if it has one and a link to its home page,
 * as the root page offers the languages, and a share picture as every page has (a link to a missing address is
 * shared too). Static, no JavaScript; not indexed.
 */
public final class RootNotFoundPage {
    /** Where it is published, relative to the output folder. */
    public static final String OUTPUT_PATH = "404.html";
    private final SiteConfig config;
    private final UiStrings ui;
    private final LanguageViews languages;
    private final Typesetter typesetter;
    private final ShareImages shares;

    public RootNotFoundPage(SiteConfig config, UiStrings ui, LanguageViews languages, Typesetter typesetter, ShareImages shares) {
        this.config = config;
        this.ui = ui;
        this.languages = languages;
        this.typesetter = typesetter;
        this.shares = shares;
    }

    /** The page, or none when no language has a not-found page. */
    public Optional<PageModel> model(List<ContentDocument> published) {
        List<LanguageChoice> choices = new ArrayList<>();
        for (String code : config.languages()) {
            published.stream().filter(d -> d.type() == DocumentType.NOTFOUND && d.lang().equals(code)).findFirst().ifPresent(page ->
                    choices.add(new LanguageChoice(code, "/" + code + "/", ui.text(code, "languageName"),
                            typesetter.text(code, page.title()), typesetter.text(code, page.summary()), ui.text(code, "goToHome"),
                            Feeds.path(code), ui.text(code, "siteName"), languages.of(code).ogLocale())));
        }
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        String lang = choices.stream().map(LanguageChoice::lang).filter(config.defaultLanguage()::equals).findFirst()
                .orElse(choices.get(0).lang());
        String title = String.join(" · ", choices.stream().map(LanguageChoice::siteName).distinct().toList());
        List<String> summaries = choices.stream().map(LanguageChoice::tagline).filter(Objects::nonNull).toList();
        String summary = summaries.isEmpty() ? null : String.join(" / ", summaries);
        return Optional.of(PageModel.builder(lang, languages.of(lang), "rootnotfound", title, "/" + OUTPUT_PATH,
                        config.baseUrl() + "/" + OUTPUT_PATH, config.baseUrl())
                .summary(summary)
                .languages(List.copyOf(choices))
                .socialImage(shares.ofRoot(OUTPUT_PATH, title))
                .build());
    }
}
