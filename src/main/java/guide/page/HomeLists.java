package guide.page;

import com.ibm.icu.text.ListFormatter;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.i18n.UiStrings;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        List<Card> latest = latest(lang).stream().map(cards::of).toList();
        // The archive lists the quiz too, which the home page shows on its own: more to see there only when articles are left out here.
        ArchiveLink link = new ArchiveLink(archive.url(lang, 1), archive.count(lang), ui.number(lang, archive.count(lang)),
                all.size() > config.homeLatest());
        Card quiz = quiz(lang).map(cards::of).orElse(null);
        return new HomeView(latest, link, otherLanguageOnly(lang), quiz);
    }

    /**
     * The newest date (its {@code updated}, else its {@code date}) of what the home page of a language shows: its newest
     * articles, its quiz and the other languages' articles; empty when it shows none. A home page changes when they do.
     */
    public Optional<LocalDate> newestShown(String lang) {
        List<ContentDocument> shown = new ArrayList<>(latest(lang));
        quiz(lang).ifPresent(shown::add);
        otherLanguageVersions(lang).forEach(versions -> shown.add(versions.values().iterator().next()));
        return shown.stream().map(ContentDocument::updated).max(Comparator.naturalOrder());
    }

    private List<ContentDocument> latest(String lang) {
        List<ContentDocument> all = index.articles(lang);
        return all.subList(0, Math.min(config.homeLatest(), all.size()));
    }

    /**
     * The quiz the home page shows: the newest (by {@code date}, then {@code translationKey}), so that a
     * new quiz is announced, and each language's home page shows the same one; the others are in the archive.
     */
    private Optional<ContentDocument> quiz(String lang) {
        return published.stream().filter(d -> d.type() == DocumentType.QUIZ && d.lang().equals(lang))
                .max(Comparator.comparing(ContentDocument::date).thenComparing(ContentDocument::translationKey));
    }

    /**
     * The articles not in {@code lang}, one card for each article whatever the number of languages it is in: the
     * version in the first of the site's languages, noted "available in Polish only" or, in several, "available in
     * Polish and in English" (the languages listed by ICU's list format for {@code lang}), its date in {@code lang}.
     */
    private List<OtherLanguageCard> otherLanguageOnly(String lang) {
        List<OtherLanguageCard> items = new ArrayList<>();
        for (Map<String, ContentDocument> versions : otherLanguageVersions(lang)) {
            ContentDocument shown = versions.values().iterator().next();
            items.add(new OtherLanguageCard(shown.lang(), cards.of(shown, lang), note(lang, versions.keySet())));
        }
        return List.copyOf(items);
    }

    /** The versions of each article not in {@code lang}, in the site's languages' order, one entry per article. */
    private List<Map<String, ContentDocument>> otherLanguageVersions(String lang) {
        List<Map<String, ContentDocument>> articles = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (ContentDocument doc : published) {
            if (doc.isArticle() && !doc.lang().equals(lang) && translations.in(doc, lang).isEmpty() && listed.add(doc.translationKey())) {
                articles.add(translations.versions(doc));
            }
        }
        return articles;
    }

    private String note(String lang, Set<String> languages) {
        if (languages.size() == 1) {
            return ui.about(lang, "onlyIn", languages.iterator().next());
        }
        List<String> names = languages.stream().map(other -> ui.about(lang, "inLanguage", other)).toList();
        String list = ListFormatter.getInstance(config.language(lang).locale()).format(names);
        return ui.text(lang, "availableIn").replace("{0}", list);
    }
}
