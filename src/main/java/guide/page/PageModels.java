package guide.page;

import guide.content.Authors;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.Slugs;
import guide.i18n.UiStrings;
import guide.image.SocialImage;
import guide.quiz.Checklist;
import guide.quiz.QuizModel;
import guide.render.PageSpec;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;
import guide.translation.TranslationReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page model of every page of a build: for each content document, and for the pages the build
 * makes itself (root, root not-found page, archive pages, feeds, sitemap, robots.txt). Each value comes from the one
 * class named in {@link PageModel}'s documentation; this class only puts them together.
 */
public final class PageModels {
    private final SiteConfig config;
    private final List<ContentDocument> published;
    private final Map<ContentDocument, Checklist> checklists;
    private final UiStrings ui;
    private final Dates dates;
    private final Cards cards;
    private final Alternates alternates;
    private final LanguageSwitch languageSwitch;
    private final RelatedArticles related;
    private final AuthorCards authors;
    private final Notices notices;
    private final HomeLists homeLists;
    private final ArchivePages archive;
    private final Feeds feeds;
    private final Sitemap sitemap;
    private final RootPage root;
    private final RootNotFoundPage rootNotFound;
    private final LanguageViews languages;
    private final ShareImages shares;
    private final Typesetter typesetter;

    /**
     * @param ui          the interface's words, already typeset ({@link UiStrings#typeset}): page titles and cards use them as they are
     * @param memo        words and cards remembered for unchanged documents (the preview keeps them between builds)
     * @param ownPictures the articles' own share pictures, validated, by output path ({@link ShareImages})
     */
    public PageModels(SiteConfig config, List<ContentDocument> published, TranslationIndex translations, Authors authorData, UiStrings ui,
                      Map<ContentDocument, Checklist> checklists, TranslationReport report, CardMemo memo,
                      Map<String, SocialImage> ownPictures) {
        this.config = config;
        this.published = published;
        this.checklists = checklists;
        this.ui = ui;
        ArticleIndex index = new ArticleIndex(published);
        this.dates = new Dates(config);
        this.typesetter = new Typesetter(config);
        this.cards = new Cards(ui, dates, memo, typesetter);
        this.languages = new LanguageViews(config, ui);
        this.shares = new ShareImages(config, ui, ownPictures);
        this.alternates = new Alternates(config, translations);
        this.languageSwitch = new LanguageSwitch(config, translations, ui);
        this.related = new RelatedArticles(index, cards);
        this.authors = new AuthorCards(config, authorData, typesetter, AboutPages.of(config.languages(), ui, published));
        this.notices = new Notices(ui, dates, report, checklists, lang -> Slugs.of(config.language(lang).transliteration()));
        this.archive = new ArchivePages(config, index, cards, ui, alternates, languageSwitch, languages, shares);
        this.homeLists = new HomeLists(config, published, index, cards, translations, ui, archive);
        this.feeds = new Feeds(config, index, authorData, typesetter, published);
        this.sitemap = new Sitemap(config, translations, alternates, archive, homeLists);
        this.root = new RootPage(config, ui, languages, alternates, shares);
        this.rootNotFound = new RootNotFoundPage(config, ui, languages, typesetter, shares);
    }

    /** The model of a content page. */
    public PageModel forDocument(ContentDocument doc) {
        String lang = doc.lang();
        String title = typesetter.text(lang, doc.title());
        PageModel.Builder page = PageModel.builder(lang, languages.of(lang), doc.type().header(), title, doc.url(),
                        config.baseUrl() + doc.url(), config.baseUrl())
                .summary(typesetter.text(lang, doc.summary()))
                .alternates(alternates.of(doc))
                .switcher(languageSwitch.of(doc))
                .date(dates.of(doc.date(), lang))
                .updated(doc.updated().isAfter(doc.date()) ? dates.of(doc.updated(), lang) : null)
                .readingTime(cards.readingTime(doc))
                .wordCount(cards.wordCount(doc))
                .tags(doc.tags())
                .author(authors.of(doc.author(), lang))
                .basedOn(authors.of(doc.frontMatter().get("basedOn"), lang))
                .legalNotice(notices.legal(doc))
                .outdatedNotice(notices.outdated(doc))
                .socialImage(shares.of(doc.outputPath(), title, lang));
        if (doc.draft()) {
            page.draft();
        }
        if (doc.isArticle()) {
            page.related(related.of(doc));
        }
        if (doc.type() == DocumentType.HOME) {
            page.home(homeLists.of(lang));
        }
        if (doc.type() == DocumentType.QUIZ) {
            page.quiz(QuizModel.of(checklists.get(doc), lang, ui));
        }
        return page.build();
    }

    /** The pages the build makes itself: {@link #listingPages()}, then {@link #sitemapAndRobots()}. */
    public List<PageSpec> generated() {
        List<PageSpec> specs = new ArrayList<>(listingPages());
        specs.addAll(sitemapAndRobots());
        return specs;
    }

    /**
     * The generated pages that show articles' cards, or other pages' titles and summaries: the root
     * page, the root not-found page, each language's feed and archive pages.
     */
    public List<PageSpec> listingPages() {
        List<PageSpec> specs = new ArrayList<>();
        specs.add(PageSpec.generated("index.html", root.model()));
        rootNotFound.model(published).ifPresent(page -> specs.add(PageSpec.generated(RootNotFoundPage.OUTPUT_PATH, page)));
        for (String lang : config.languages()) {
            PageModel feed = PageModel.builder(lang, languages.of(lang), "atom", ui.text(lang, "siteName"), Feeds.path(lang),
                    config.baseUrl() + Feeds.path(lang), config.baseUrl()).feed(feeds.of(lang)).build();
            specs.add(PageSpec.generated(Feeds.path(lang).substring(1), feed));
            for (ArchivePages.Page page : archive.of(lang)) {
                specs.add(PageSpec.generated(page.outputPath(), page.model()));
            }
        }
        return specs;
    }

    /**
     * The generated pages that show no card: the sitemap (addresses, dates, alternates) and
     * robots.txt. A new title, summary or reading time leaves them as they are.
     */
    public List<PageSpec> sitemapAndRobots() {
        String lang = config.defaultLanguage();
        return List.of(PageSpec.generated("sitemap.xml", PageModel.builder(lang, languages.of(lang), "sitemapxml", "sitemap", "/sitemap.xml",
                        config.baseUrl() + "/sitemap.xml", config.baseUrl()).sitemap(sitemap.of(published)).build()),
                PageSpec.generated("robots.txt", PageModel.builder(lang, languages.of(lang), "robots", "robots", "/robots.txt",
                        config.baseUrl() + "/robots.txt", config.baseUrl()).sitemapUrl(config.baseUrl() + "/sitemap.xml").build()));
    }
}
