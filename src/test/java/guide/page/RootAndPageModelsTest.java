package guide.page;

import guide.content.Authors;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.HeaderKeys;
import guide.content.TestDocument;
import guide.i18n.Digits;
import guide.i18n.UiStrings;
import guide.quiz.Checklist;
import guide.quiz.ChecklistParser;
import guide.render.PageSpec;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import guide.translation.SourceRevision;
import guide.translation.TranslationIndex;
import guide.translation.TranslationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The root page, each language as templates see it, author cards, and a content page's whole model put together. */
class RootAndPageModelsTest {
    private static final Digits LATIN = new Digits("latn", "0123456789");

    private static final String QUIZ = """
            ## 1. Płatności {#late}

            - [ ] Spóźnia się. {#late-pay points=2}

            ## Wynik {#results}

            ### Zostań {#keep points=0-1}

            Zostań.

            ### Odejdź {#exit points=2-2}

            Odejdź.
            """;

    @TempDir
    Path dir;
    private SmallProject project;
    private SiteConfig config;
    private UiStrings ui;

    @BeforeEach
    void site() {
        project = SmallProject.in(dir);
        config = project.config();
        ui = project.ui();
    }

    @Test
    void theRootPageOffersEveryLanguageInItsOwnWords() {
        PageModel root = new RootPage(config, ui, new LanguageViews(config, ui), new Alternates(config, new TranslationIndex(config.languages(), List.of())),
                new ShareImages(config, ui, Map.of())).model();
        assertEquals("root", root.type());
        assertEquals("pl", root.lang());
        assertEquals("Przewodnik · The Guide", root.title());
        assertEquals("Jak pracować z klientami / How to work with clients", root.summary(),
                "each language's tagline, the guide's name being the title, not a tagline's capital after a colon");
        assertEquals("/", root.url());
        assertEquals("https://example.org/", root.canonical());
        assertEquals(List.of(new Alternate("pl", "https://example.org/pl/"), new Alternate("en", "https://example.org/en/"),
                new Alternate("x-default", "https://example.org/")), root.alternates());
        assertEquals(List.of(new LanguageChoice("pl", "/pl/", "Polski", "Przewodnik", "Jak pracować z klientami", "Czytaj po polsku", "/pl/feed.xml", "Przewodnik", "pl_PL"),
                new LanguageChoice("en", "/en/", "English", "The Guide", "How to work with clients", "Read in English", "/en/feed.xml", "The Guide", "en_GB")), root.languages());
    }

    @Test
    void aMissingAddressOutsideTheLanguagesGetsANotFoundPageInEveryLanguageThatHasOne() {
        ContentDocument pl = TestDocument.article("pl", "404").type(DocumentType.NOTFOUND).title("Nie ma takiej strony")
                .header("summary", "Sprawdź adres.").build();
        ContentDocument en = TestDocument.article("en", "404").type(DocumentType.NOTFOUND).title("Page not found")
                .header("summary", "Check the address.").build();
        ContentDocument article = TestDocument.article("pl", "artykul").title("Artykuł").build();

        PageModel page = rootNotFound().model(List.of(article, en, pl)).orElseThrow();
        assertEquals("rootnotfound", page.type());
        assertEquals("pl", page.lang(), "the default language leads, whatever the documents' order");
        assertEquals("/404.html", page.url());
        assertEquals("Nie ma takiej strony · Page not found", page.title());
        assertEquals("Sprawdź adres. / Check the address.", page.summary());
        assertEquals(List.of(new LanguageChoice("pl", "/pl/", "Polski", "Nie ma takiej strony", "Sprawdź adres.", "Przejdź na stronę główną po polsku", "/pl/feed.xml", "Przewodnik", "pl_PL"),
                new LanguageChoice("en", "/en/", "English", "Page not found", "Check the address.", "Go to the English home page", "/en/feed.xml", "The Guide", "en_GB")), page.languages());

        PageModel english = rootNotFound().model(List.of(en, article)).orElseThrow();
        assertEquals("en", english.lang(), "without the default language's page, the first language that has one");
        assertEquals(1, english.languages().size());
        assertEquals(Optional.empty(), rootNotFound().model(List.of(article)), "no not-found page in any language: none at the root");
    }

    private RootNotFoundPage rootNotFound() {
        return new RootNotFoundPage(config, ui, new LanguageViews(config, ui), new Typesetter(config), new ShareImages(config, ui, Map.of()));
    }

    @Test
    void oneSiteNameForAllLanguagesIsTheTitleOnce() {
        project.write("templates/i18n/en.yaml", SmallProject.EN.replace("siteName: The Guide", "siteName: Przewodnik"));
        UiStrings same = project.ui();
        PageModel root = new RootPage(config, same, new LanguageViews(config, same), new Alternates(config, new TranslationIndex(config.languages(), List.of())),
                new ShareImages(config, same, Map.of())).model();
        assertEquals("Przewodnik", root.title());
    }

    @Test
    void eachLanguageWithItsNameOpenGraphLocaleAndDirection() {
        LanguageViews views = new LanguageViews(config, ui);
        assertEquals(new LanguageView("pl", "Polski", "pl-PL", "pl_PL", "ltr", "/pl/feed.xml", "/pl/search/", LATIN), views.of("pl"));
        assertEquals(new LanguageView("en", "English", "en-GB", "en_GB", "ltr", "/en/feed.xml", "/en/search/", LATIN), views.of("en"));
    }

    @Test
    void anAuthorInThePagesLanguage() {
        AuthorCards cards = new AuthorCards(config, project.authors(), new Typesetter(config), Map.of());
        assertEquals(new AuthorCard("redakcja", "Organization", "https://example.org/#author-redakcja", "The editors", "The editors", "Team",
                "We write the guide.", null, List.of()), cards.of("redakcja", "en"));
        assertEquals("Redakcja", cards.of("redakcja", "pl").name());
        assertNull(cards.of(null, "pl"));
    }

    private PageModels models(List<ContentDocument> published, Map<ContentDocument, Checklist> checklists) {
        Authors authors = project.authors();
        TranslationIndex translations = new TranslationIndex(config.languages(), published);
        TranslationReport report = TranslationReport.of(config.languages(), config.defaultLanguage(), published, false);
        return new PageModels(config, published, translations, authors, ui, checklists, report, new CardMemo(), Map.of());
    }

    @Test
    void anArticlesModelHasEveryValueOfItsPage() {
        ContentDocument pl = TestDocument.article("pl", "wycena").title("Wycena").date("2026-11-20").key("pricing").tags("pieniądze")
                .header("basedOn", "redakcja").header(HeaderKeys.LEGAL_STATUS, "2026-01-01").build();
        ContentDocument en = TestDocument.article("en", "pricing").title("Pricing").key("pricing")
                .header(SourceRevision.KEY, "pl 0123456789ab").build();
        ContentDocument other = TestDocument.article("pl", "inny").date("2026-11-19").tags("pieniądze").build();
        PageModel model = models(List.of(pl, en, other), Map.of()).forDocument(pl);
        assertEquals("post", model.type());
        assertEquals("Wycena", model.title());
        assertEquals("About wycena.", model.summary());
        assertEquals("/pl/wycena/", model.url());
        assertEquals("https://example.org/pl/wycena/", model.canonical());
        assertEquals("https://example.org", model.siteUrl());
        assertEquals(new LanguageView("pl", "Polski", "pl-PL", "pl_PL", "ltr", "/pl/feed.xml", "/pl/search/", LATIN), model.language());
        assertEquals(3, model.alternates().size());
        assertEquals(List.of(new SwitchOption("en", "English", "/en/pricing/", true, null, null)), model.switcher());
        assertEquals(new DateText("2026-11-20", "20 listopada 2026"), model.date());
        assertNull(model.updated(), "no updated= line: the page shows no update");
        assertEquals("1 minuta czytania", model.readingTime());
        assertEquals(List.of("pieniądze"), model.tags());
        assertEquals("Redakcja", model.author().name());
        assertEquals("Redakcja", model.basedOn().name());
        assertEquals(new LegalNotice("Stan prawny na 1 stycznia 2026 r."), model.legalNotice());
        assertNull(model.outdatedNotice());
        assertEquals(List.of("/pl/inny/"), model.related().stream().map(Card::url).toList());
        assertNull(model.home());
        assertNull(model.quiz());

        PageModel translation = models(List.of(pl, en, other), Map.of()).forDocument(en);
        assertEquals("This translation may be behind the Polish original, which has changed since it was translated.", translation.outdatedNotice().text());
        assertNull(translation.basedOn());
        assertNull(translation.legalNotice());
    }

    @Test
    void homeAndQuizPagesHaveTheirListsAndChecklistAndOtherPagesNoRelated() {
        ContentDocument home = TestDocument.article("pl", "index").type(DocumentType.HOME).key("home").build();
        ContentDocument quiz = TestDocument.article("pl", "test").type(DocumentType.QUIZ).key("quiz").body(QUIZ).build();
        ContentDocument page = TestDocument.article("pl", "o-nas").type(DocumentType.PAGE).key("about").build();
        ContentDocument article = TestDocument.article("pl", "a").build();
        List<Problem> problems = new ArrayList<>();
        Checklist checklist = ChecklistParser.parse(quiz.source(), quiz.frontMatter(), problems).orElseThrow();
        PageModels models = models(List.of(home, quiz, page, article), Map.of(quiz, checklist));
        PageModel homeModel = models.forDocument(home);
        assertEquals("home", homeModel.type());
        assertEquals(List.of("/pl/a/"), homeModel.home().latest().stream().map(Card::url).toList());
        assertEquals(List.of(), homeModel.related());
        PageModel quizModel = models.forDocument(quiz);
        assertEquals(2, quizModel.quiz().maxPoints());
        assertEquals("2 punkty", quizModel.quiz().maxPointsText());
        assertNull(quizModel.home());
        assertEquals(List.of(), models.forDocument(page).related());
        assertEquals("/pl/artykuly/", homeModel.home().archive().url(), "the home page links to the archive");
    }

    @Test
    void theBuildMakesTheRootFeedsArchivesSitemapAndRobots() {
        ContentDocument article = TestDocument.article("pl", "a").build();
        List<PageSpec> specs = models(List.of(article), Map.of()).generated();
        assertEquals(List.of("index.html", "pl/feed.xml", "pl/artykuly/index.html", "en/feed.xml", "en/articles/index.html", "sitemap.xml", "robots.txt"),
                specs.stream().map(PageSpec::outputPath).toList());
        assertEquals(List.of("root", "atom", "articles", "atom", "articles", "sitemapxml", "robots"), specs.stream().map(PageSpec::type).toList());
        PageModel feed = specs.get(1).model();
        assertEquals("Przewodnik", feed.title());
        assertEquals("/pl/feed.xml", feed.url());
        assertEquals("https://example.org/pl/feed.xml", feed.canonical());
        assertEquals(1, feed.feed().entries().size());
        assertEquals("The Guide", specs.get(3).model().title());
        PageModel sitemap = specs.get(5).model();
        assertEquals("https://example.org/sitemap.xml", sitemap.canonical());
        assertEquals(4, sitemap.sitemap().size(), "the root, the article and two archive pages");
        PageModel robots = specs.get(6).model();
        assertEquals("/robots.txt", robots.url());
        assertEquals("https://example.org/sitemap.xml", robots.sitemapUrl());
        assertNotNull(specs.get(0).model().languages());
        assertEquals("", specs.get(0).markdown());
        assertNull(specs.get(0).source());
    }
    @Test
    void anAuthorsProfilesAreLinked() {
        project.write("content/authors.yaml", SmallProject.AUTHORS + """
                ola:
                  name: Ola
                  role: {pl: R, en: R}
                  bio: {pl: B, en: B}
                  url: https://ola.example
                  profiles:
                    - {label: Mastodon, url: "https://mastodon.example/@ola"}
                """);
        AuthorCard ola = new AuthorCards(config, project.authors(), new Typesetter(config), Map.of()).of("ola", "pl");
        assertEquals("Person", ola.schemaType());
        assertEquals("https://ola.example", ola.url());
        assertEquals(List.of(new AuthorCard.Profile("Mastodon", "https://mastodon.example/@ola")), ola.profiles());
    }

    @Test
    void anArticleUpdatedAfterItsDateShowsTheUpdatesDate() {
        ContentDocument updated = TestDocument.article("pl", "a").date("2026-11-20").header("updated", "2026-11-25").build();
        ContentDocument sameDay = TestDocument.article("pl", "b").date("2026-11-20").header("updated", "2026-11-20").build();
        PageModels models = models(List.of(updated, sameDay), Map.of());
        assertEquals(new DateText("2026-11-25", "25 listopada 2026"), models.forDocument(updated).updated());
        assertNull(models.forDocument(sameDay).updated(), "updated on the day it was published: nothing to add");
    }

    @Test
    void onlyADraftsPageIsMarkedAsADraft() {
        ContentDocument published = TestDocument.article("pl", "a").build();
        ContentDocument draft = TestDocument.article("pl", "b").draft().build();
        // As the build makes a draft's page for its checks: beside the published pages (guide.build.DraftChecks).
        PageModels models = models(List.of(published, draft), Map.of());
        assertEquals(Boolean.TRUE, models.forDocument(draft).draft(), "the preview shows it under a bar that says it is a draft");
        assertNull(models.forDocument(published).draft(), "a published page's model, and so its page, is as it was");
    }

    @Test
    void aNotFoundPageInALanguageGivesTheSiteARootNotFoundPage() {
        ContentDocument notFound = TestDocument.article("pl", "404").type(DocumentType.NOTFOUND).build();
        ContentDocument article = TestDocument.article("pl", "a").build();
        assertEquals(List.of("index.html", "404.html", "pl/feed.xml", "pl/artykuly/index.html", "en/feed.xml", "en/articles/index.html"),
                models(List.of(article, notFound), Map.of()).listingPages().stream().map(PageSpec::outputPath).toList());
    }
}
