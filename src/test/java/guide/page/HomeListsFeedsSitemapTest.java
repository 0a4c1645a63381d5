package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.i18n.UiStrings;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the home pages, the feeds and the sitemap list, on a small site of both languages. */
class HomeListsFeedsSitemapTest {
    @TempDir
    Path dir;

    private final ContentDocument pl1 = TestDocument.article("pl", "p1").title("P1").date("2026-11-03").build();
    private final ContentDocument pl2 = TestDocument.article("pl", "p2").title("P2").date("2026-11-02").key("shared").build();
    private final ContentDocument pl3 = TestDocument.article("pl", "p3").title("P3").date("2026-11-01").author("ghost").build();
    private final ContentDocument en2 = TestDocument.article("en", "e2").title("E2").date("2026-11-05").key("shared").build();
    private final ContentDocument enOnly = TestDocument.article("en", "e9").title("E9").date("2026-10-01").build();
    private final ContentDocument plQuiz = TestDocument.article("pl", "test").title("Test").type(DocumentType.QUIZ).build();
    private final ContentDocument plAbout = TestDocument.article("pl", "o-nas").type(DocumentType.PAGE).key("about").build();
    private final ContentDocument enAbout = TestDocument.article("en", "about").type(DocumentType.PAGE).key("about").date("2026-10-10").build();
    private final ContentDocument plMissing = TestDocument.article("pl", "404").type(DocumentType.NOTFOUND).build();
    private final List<ContentDocument> published = List.of(pl1, pl2, pl3, en2, enOnly, plQuiz, plAbout, enAbout, plMissing);

    private SiteConfig config;
    private UiStrings ui;
    private ArchivePages archive;
    private Cards cards;
    private TranslationIndex translations;

    private void site(String properties) {
        site(SmallProject.in(dir).properties(properties));
    }

    private void site(SmallProject project) {
        config = project.config();
        ui = project.ui();
        translations = new TranslationIndex(config.languages(), published);
        cards = new Cards(ui, new Dates(config), new CardMemo(), new Typesetter(config));
        archive = new ArchivePages(config, new ArticleIndex(published), cards, ui, new Alternates(config, translations),
                new LanguageSwitch(config, translations, ui), new LanguageViews(config, ui), new ShareImages(config, ui, Map.of()));
    }

    /** The sitemap of a site of these documents, with these archive pages. */
    private List<SitemapEntry> sitemap(List<ContentDocument> docs, ArchivePages pages) {
        TranslationIndex index = new TranslationIndex(config.languages(), docs);
        return new Sitemap(config, index, new Alternates(config, index), pages,
                new HomeLists(config, docs, new ArticleIndex(docs), cards, index, ui, pages)).of(docs);
    }

    private HomeView home(String lang) {
        return new HomeLists(config, published, new ArticleIndex(published), cards, translations, ui, archive).of(lang);
    }

    /** With a third language, an article in Polish and English is one card on the German home page, naming both. */
    @Test
    void anArticleInTwoOtherLanguagesIsOneCardNamingBoth() {
        String german = german(SmallProject.EN, "originalIn", "originalWhere")
                .replace("  pl: available in Polish only\n  en: available in English only\n", "  pl: nur auf Polnisch\n  en: nur auf Englisch\n  de: nur auf Deutsch\n")
                .replace("  pl: in Polish\n  en: in English\n", "  pl: auf Polnisch\n  en: auf Englisch\n  de: auf Deutsch\n")
                .replace("availableIn: \"available {0}\"", "availableIn: \"verfügbar {0}\"");
        SmallProject project = SmallProject.in(dir).properties("site.languages=pl,en,de\n")
                .write("templates/i18n/pl.yaml", german(SmallProject.PL, "originalIn", "originalWhere", "onlyIn", "inLanguage"))
                .write("templates/i18n/en.yaml", german(SmallProject.EN, "originalIn", "originalWhere", "onlyIn", "inLanguage"))
                .write("templates/i18n/de.yaml", german);
        site(project);

        List<OtherLanguageCard> other = home("de").otherLanguageOnly();
        assertEquals(List.of("P1 nur auf Polnisch", "P2 verfügbar auf Polnisch und auf Englisch", "P3 nur auf Polnisch", "E9 nur auf Englisch"),
                other.stream().map(c -> c.card().title() + " " + c.note()).toList());
        assertEquals("pl", other.get(1).lang(), "the version in the site's first language");
    }

    /** A strings file with a German entry added to each of its maps by language {@code keys}. */
    private static String german(String strings, String... keys) {
        String result = strings;
        for (String key : keys) {
            result = result.replace(key + ":\n", key + ":\n  de: (" + key + ")\n");
        }
        return result;
    }

    @Test
    void aHomePageListsTheNewestArticlesTheArchiveItsQuizAndOtherLanguagesArticles() {
        site("site.home.latest=2\n");
        HomeView pl = home("pl");
        assertEquals(List.of("P1", "P2"), pl.latest().stream().map(Card::title).toList());
        assertEquals(new ArchiveLink("/pl/artykuly/", 4, "4", true), pl.archive(), "the archive's three articles and the quiz");
        assertEquals("/pl/test/", pl.quiz().url());
        assertEquals(List.of(new OtherLanguageCard("en", cards.of(enOnly, "pl"), "tylko po angielsku")), pl.otherLanguageOnly());

        HomeView en = home("en");
        assertEquals(List.of("E2", "E9"), en.latest().stream().map(Card::title).toList());
        assertEquals(new ArchiveLink("/en/articles/", 2, "2", false), en.archive(), "two articles, two shown: nothing more in the archive");
        assertNull(en.quiz());
        assertEquals(List.of("pl", "pl"), en.otherLanguageOnly().stream().map(OtherLanguageCard::lang).toList());
        assertEquals(List.of("P1", "P3"), en.otherLanguageOnly().stream().map(c -> c.card().title()).toList());
        assertEquals("available in Polish only", en.otherLanguageOnly().get(0).note());
    }

    /** A Polish article on the English home page keeps its Polish title, but its date reads as English. */
    @Test
    void anotherLanguagesArticleIsDatedInTheHomePagesLanguage() {
        site("");
        Card polish = home("en").otherLanguageOnly().get(0).card();
        assertEquals("P1", polish.title());
        assertEquals("3 November 2026", polish.date().text(), "as the English pages write dates");
        assertEquals("2026-11-03", polish.date().iso());
        assertEquals("1 października 2026", home("pl").otherLanguageOnly().get(0).card().date().text());
    }

    @Test
    void aFeedCarriesTheNewestArticlesWithTheirAuthors() {
        site("site.feed.limit=2\n");
        Feeds feeds = new Feeds(config, new ArticleIndex(published), SmallProject.in(dir).authors(), new Typesetter(config), published);
        FeedView pl = feeds.of("pl");
        assertEquals("2026-11-03", pl.updated());
        assertEquals("https://example.org/pl/feed.xml", pl.feedUrl());
        assertEquals("https://example.org/pl/", pl.homeUrl());
        assertEquals(List.of(new FeedView.Entry("tag:example.org,2026-11-03:pl/p1", "P1", "https://example.org/pl/p1/", "About p1.", "2026-11-03", "2026-11-03", "Redakcja"),
                new FeedView.Entry("tag:example.org,2026-11-02:pl/shared", "P2", "https://example.org/pl/p2/", "About p2.", "2026-11-02", "2026-11-02", "Redakcja")), pl.entries());
        assertEquals("The editors", feeds.of("en").entries().get(0).author());
        assertEquals("2026-11-05", feeds.of("en").updated());
    }

    /**
     * An article whose text changed after it was published ({@code updated=}) tells feed readers and
     * search engines so: its feed entry and the feed say when, and its sitemap entry's lastmod.
     */
    @Test
    void anUpdatedArticleIsUpdatedInTheFeedAndTheSitemap() {
        site("");
        ContentDocument revised = TestDocument.article("pl", "p4").title("P4").date("2026-10-20").header("updated", "2026-11-30").build();
        List<ContentDocument> docs = List.of(pl1, revised);
        FeedView feed = new Feeds(config, new ArticleIndex(docs), SmallProject.in(dir).authors(), new Typesetter(config), docs).of("pl");
        assertEquals(List.of("P1 2026-11-03 2026-11-03", "P4 2026-10-20 2026-11-30"),
                feed.entries().stream().map(e -> e.title() + " " + e.date() + " " + e.updated()).toList(), "newest published first");
        assertEquals("2026-11-30", feed.updated(), "the latest change of any entry");
        List<SitemapEntry> entries = sitemap(docs, archive);
        assertEquals("2026-11-30", entries.stream().filter(e -> e.loc().equals("https://example.org/pl/p4/")).findFirst().orElseThrow().lastmod());
    }

    /** Feed readers hear of the quiz as of an article: it is the guide's centrepiece. */
    @Test
    void aFeedCarriesTheQuizByItsDate() {
        site("site.feed.limit=5\n");
        Feeds feeds = new Feeds(config, new ArticleIndex(published), SmallProject.in(dir).authors(), new Typesetter(config), published);
        assertEquals(List.of("P1", "P2", "P3", "Test"), feeds.of("pl").entries().stream().map(FeedView.Entry::title).toList(),
                "the quiz of 2026-11-01 after the article of that day with the earlier address");
        assertEquals(List.of("E2", "E9"), feeds.of("en").entries().stream().map(FeedView.Entry::title).toList(), "no English quiz");
    }

    @Test
    void aFeedWithoutArticlesAndAnAuthorWithoutEntry() {
        site("site.feed.limit=5\n");
        Feeds feeds = new Feeds(config, new ArticleIndex(published), SmallProject.in(dir).authors(), new Typesetter(config), published);
        assertEquals("", feeds.of("pl").entries().get(2).author(), "an author the authors file does not know");
        FeedView empty = new Feeds(config, new ArticleIndex(List.of()), SmallProject.in(dir).authors(), new Typesetter(config), List.of()).of("pl");
        assertEquals(List.of(), empty.entries());
    }

    /** A language just added has no articles yet: its feed is as new as its home page, not dated 2000, which feed readers would show. */
    @Test
    void aFeedWithoutEntriesHasItsHomePagesDate() {
        site("");
        ContentDocument home = TestDocument.article("pl", "index").type(DocumentType.HOME).key("home").date("2026-11-20").build();
        ContentDocument about = TestDocument.article("pl", "o-nas").type(DocumentType.PAGE).key("about").date("2026-12-01").build();
        List<ContentDocument> homeAndAbout = List.of(home, about);
        FeedView feed = new Feeds(config, new ArticleIndex(homeAndAbout), SmallProject.in(dir).authors(), new Typesetter(config), homeAndAbout).of("pl");
        assertEquals(List.of(), feed.entries());
        assertEquals("2026-11-20", feed.updated());
    }

    @Test
    void theSitemapListsEveryPageButNotFoundPagesWithAlternatesWhereTranslated() {
        site("");
        List<SitemapEntry> entries = sitemap(published, archive);
        List<Alternate> shared = List.of(new Alternate("pl", "https://example.org/pl/p2/"), new Alternate("en", "https://example.org/en/e2/"),
                new Alternate("x-default", "https://example.org/pl/p2/"));
        List<Alternate> archives = List.of(new Alternate("pl", "https://example.org/pl/artykuly/"), new Alternate("en", "https://example.org/en/articles/"),
                new Alternate("x-default", "https://example.org/pl/artykuly/"));
        List<Alternate> root = List.of(new Alternate("pl", "https://example.org/pl/"), new Alternate("en", "https://example.org/en/"),
                new Alternate("x-default", "https://example.org/"));
        assertEquals(List.of(
                new SitemapEntry("https://example.org/", null, root),
                new SitemapEntry("https://example.org/pl/p1/", "2026-11-03", List.of()),
                new SitemapEntry("https://example.org/pl/p2/", "2026-11-02", shared),
                new SitemapEntry("https://example.org/pl/p3/", "2026-11-01", List.of()),
                new SitemapEntry("https://example.org/en/e2/", "2026-11-05", shared),
                new SitemapEntry("https://example.org/en/e9/", "2026-10-01", List.of()),
                new SitemapEntry("https://example.org/pl/test/", "2026-11-01", List.of()),
                new SitemapEntry("https://example.org/pl/o-nas/", "2026-11-01", List.of(new Alternate("pl", "https://example.org/pl/o-nas/"),
                        new Alternate("en", "https://example.org/en/about/"), new Alternate("x-default", "https://example.org/pl/o-nas/"))),
                new SitemapEntry("https://example.org/en/about/", "2026-10-10", List.of(new Alternate("pl", "https://example.org/pl/o-nas/"),
                        new Alternate("en", "https://example.org/en/about/"), new Alternate("x-default", "https://example.org/pl/o-nas/"))),
                new SitemapEntry("https://example.org/pl/artykuly/", "2026-11-03", archives),
                new SitemapEntry("https://example.org/en/articles/", "2026-11-05", archives)), entries);
    }

    /**
     * The root page lets readers choose a language: its entry names every home page and itself, as
     * its head does, and is as new as the newest home page.
     */
    @Test
    void theRootEntryNamesEveryHomePageAndItselfAndHasTheNewestHomeDate() {
        site("");
        ContentDocument plHome = TestDocument.article("pl", "index").type(DocumentType.HOME).key("home").date("2026-11-20").build();
        ContentDocument enHome = TestDocument.article("en", "index").type(DocumentType.HOME).key("home").date("2026-11-25").build();
        List<ContentDocument> withHomes = new ArrayList<>(published);
        withHomes.addAll(List.of(plHome, enHome));
        SitemapEntry root = sitemap(withHomes, archive).get(0);
        assertEquals(new SitemapEntry("https://example.org/", "2026-11-25", List.of(new Alternate("pl", "https://example.org/pl/"),
                new Alternate("en", "https://example.org/en/"), new Alternate("x-default", "https://example.org/"))), root);
    }

    @Test
    void archivePagesThatExistInOneLanguageOnlyHaveNoAlternatesAndAnEmptyArchiveNoDate() {
        site("site.archive.pageSize=2\n");
        List<SitemapEntry> entries = sitemap(published, archive);
        SitemapEntry secondPolish = entries.stream().filter(e -> e.loc().equals("https://example.org/pl/artykuly/2/")).findFirst().orElseThrow();
        assertEquals(new SitemapEntry("https://example.org/pl/artykuly/2/", "2026-11-03", List.of()), secondPolish,
                "its entries are of 2026-11-01, but it counts the archive's entries, the newest of 2026-11-03");
        List<ContentDocument> noEnglish = List.of(pl1);
        TranslationIndex index = new TranslationIndex(config.languages(), noEnglish);
        ArchivePages polishOnly = new ArchivePages(config, new ArticleIndex(noEnglish), cards, ui, new Alternates(config, index),
                new LanguageSwitch(config, index, ui), new LanguageViews(config, ui), new ShareImages(config, ui, Map.of()));
        List<SitemapEntry> small = sitemap(noEnglish, polishOnly);
        assertEquals(new SitemapEntry("https://example.org/en/articles/", null, List.of(new Alternate("pl", "https://example.org/pl/artykuly/"),
                new Alternate("en", "https://example.org/en/articles/"), new Alternate("x-default", "https://example.org/pl/artykuly/"))), small.get(3),
                "every language has a first archive page, empty or not");
    }

    /**
     * A listing page changes when what it lists does: a home page whose own text is older than the articles it shows,
     * one of them updated since, has that update's date; so has the home page of the other language, which shows the
     * article as available in Polish only; the root page, which offers the home pages, has the newest of theirs; an
     * archive page has the newest change of its entries, or the date of the
     * archive's newest entry, which changed the count it shows, when that is newer.
     */
    @Test
    void aListingPagesLastmodIsTheNewestChangeOfWhatItLists() {
        site("site.archive.pageSize=2\n");
        ContentDocument plHome = TestDocument.article("pl", "index").type(DocumentType.HOME).key("home").date("2026-10-01").build();
        ContentDocument enHome = TestDocument.article("en", "index").type(DocumentType.HOME).key("home").date("2026-10-01").build();
        ContentDocument revisedP3 = TestDocument.article("pl", "p3").title("P3").date("2026-11-01").header("updated", "2026-11-29").build();
        ContentDocument enNew = TestDocument.article("en", "e1").title("E1").date("2026-11-07").build();
        List<ContentDocument> docs = List.of(plHome, enHome, pl1, pl2, revisedP3, enNew);
        TranslationIndex index = new TranslationIndex(config.languages(), docs);
        ArchivePages pages = new ArchivePages(config, new ArticleIndex(docs), cards, ui, new Alternates(config, index),
                new LanguageSwitch(config, index, ui), new LanguageViews(config, ui), new ShareImages(config, ui, Map.of()));
        Map<String, String> lastmod = new LinkedHashMap<>();
        sitemap(docs, pages).forEach(e -> lastmod.put(e.loc().replace("https://example.org", ""), e.lastmod()));
        assertEquals("2026-11-29", lastmod.get("/pl/"), "the home page shows P3, updated on 2026-11-29");
        assertEquals("2026-11-29", lastmod.get("/en/"), "the English home page shows P3 as available in Polish only");
        assertEquals("2026-11-29", lastmod.get("/"), "the root page offers the home pages: the newest of theirs, not their own texts' 2026-10-01");
        assertEquals("2026-11-03", lastmod.get("/pl/artykuly/"), "P1 and P2, of 2026-11-03 and 2026-11-02");
        assertEquals("2026-11-29", lastmod.get("/pl/artykuly/2/"), "P3, updated on 2026-11-29");
        assertEquals("2026-11-07", lastmod.get("/en/articles/"));
        assertEquals("2026-11-03", lastmod.get("/pl/p1/"), "an article keeps its own date");
    }

    /** The home page shows its quiz: the quiz's update is the home page's change too. */
    @Test
    void aHomePagesLastmodIsItsQuizsUpdateWhenThatIsNewest() {
        site("");
        ContentDocument plHome = TestDocument.article("pl", "index").type(DocumentType.HOME).key("home").date("2026-10-01").build();
        ContentDocument quiz = TestDocument.article("pl", "test").title("Test").type(DocumentType.QUIZ).date("2026-10-05").header("updated", "2026-12-01")
                .build();
        List<ContentDocument> docs = List.of(plHome, pl1, quiz);
        TranslationIndex index = new TranslationIndex(config.languages(), docs);
        ArchivePages pages = new ArchivePages(config, new ArticleIndex(docs), cards, ui, new Alternates(config, index),
                new LanguageSwitch(config, index, ui), new LanguageViews(config, ui), new ShareImages(config, ui, Map.of()));
        assertEquals("2026-12-01", sitemap(docs, pages).stream().filter(e -> e.loc().equals("https://example.org/pl/")).findFirst().orElseThrow()
                .lastmod(), "the quiz, updated on 2026-12-01, is newer than P1 of 2026-11-03");
    }
}
