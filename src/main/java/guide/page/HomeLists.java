package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.i18n.UiStrings;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * What a language's home page lists: its newest articles ({@code site.home.latest}), a link to the
 * archive of all of them, its quiz, and the articles that exist in other languages only (so readers
 * know they exist).
 */
public final class HomeLists {
    private final SiteConfig config;
    private final ArticleIndex index;
    private final Cards cards;
    private final TranslationIndex translations;
    private final UiStrings ui;
    private final ArchivePages archive;
    private final List<ContentDocument> published;

    public HomeLists(SiteConfig config, List<ContentDocument> published, ArticleIndex index, Cards cards, TranslationIndex translations,
                     UiStrings ui, ArchivePages archive) {
        this.config = config;
        this.published = published;
        this.index = index;
        this.cards = cards;
        this.translations = translations;
        this.ui = ui;
        this.archive = archive;
    }

    public HomeView of(String lang) {
        List<ContentDocument> all = index.articles(lang);
        List<Card> latest = all.subList(0, Math.min(config.homeLatest(), all.size())).stream().map(cards::of).toList();
        ArchiveLink link = new ArchiveLink(archive.url(lang, 1), all.size(), all.size() > config.homeLatest());
        Card quiz = published.stream().filter(d -> d.type() == DocumentType.QUIZ && d.lang().equals(lang)).findFirst().map(cards::of).orElse(null);
        return new HomeView(latest, link, otherLanguageOnly(lang), quiz);
    }

    private List<OtherLanguageCard> otherLanguageOnly(String lang) {
        List<OtherLanguageCard> items = new ArrayList<>();
        for (ContentDocument doc : published) {
            if (doc.isArticle() && !doc.lang().equals(lang) && translations.in(doc, lang).isEmpty()) {
                items.add(new OtherLanguageCard(doc.lang(), cards.of(doc), ui.about(lang, "onlyIn", doc.lang())));
            }
        }
        return List.copyOf(items);
    }
}
