package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.i18n.Digits;
import guide.i18n.UiStrings;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The archive of a language: every article, newest first, site.archive.pageSize per page at archiveUrl,
 * /2/, /3/ …, with links to the pages around the current one; one empty page for a language without articles.
 */
class ArchivePaginationTest {
    private static final Digits LATIN = new Digits("latn", "0123456789");

    @TempDir
    Path dir;

    /** Polish articles a1 (newest) … aN, one a day back from 2026-11-30. */
    private static List<ContentDocument> polish(int n) {
        List<ContentDocument> docs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            docs.add(TestDocument.article("pl", "a" + i).title("A" + i).date("2026-11-" + (31 - i)).build());
        }
        return docs;
    }

    private ArchivePages archive(int pageSize, List<ContentDocument> published) {
        SmallProject project = SmallProject.in(dir).properties("site.archive.pageSize=" + pageSize + "\n");
        SiteConfig config = project.config();
        UiStrings ui = project.ui();
        TranslationIndex translations = new TranslationIndex(config.languages(), published);
        return new ArchivePages(config, new ArticleIndex(published), new Cards(ui, new Dates(config), new CardMemo(), new Typesetter(config)), ui,
                new Alternates(config, translations), new LanguageSwitch(config, translations, ui), new LanguageViews(config, ui), new ShareImages(config, ui, Map.of()));
    }

    private static List<String> titles(ArchivePages.Page page) {
        return page.model().archive().articles().stream().map(Card::title).toList();
    }

    @Test
    void articlesArePagedNewestFirstAtTheArchivesAddress() {
        List<ContentDocument> published = new ArrayList<>(polish(5));
        published.add(TestDocument.article("en", "only").build());
        ArchivePages archive = archive(2, published);
        List<ArchivePages.Page> pages = archive.of("pl");
        assertEquals(List.of("pl/artykuly/index.html", "pl/artykuly/2/index.html", "pl/artykuly/3/index.html"),
                pages.stream().map(ArchivePages.Page::outputPath).toList());
        assertEquals(List.of("A1", "A2"), titles(pages.get(0)));
        assertEquals(List.of("A3", "A4"), titles(pages.get(1)));
        assertEquals(List.of("A5"), titles(pages.get(2)));

        PageModel first = pages.get(0).model();
        assertEquals("articles", first.type());
        assertEquals("Artykuły i testy", first.title());
        assertEquals("Wszystkie artykuły i testy, od najnowszych.", first.summary());
        assertEquals("/pl/artykuly/", first.url());
        assertEquals("https://example.org/pl/artykuly/", first.canonical());
        assertEquals("Pozycje 1–2 z 5", first.archive().range());
        assertEquals(new LanguageView("pl", "Polski", "pl-PL", "pl_PL", "ltr", "/pl/feed.xml", "/pl/search/", LATIN), first.language());

        PageModel second = pages.get(1).model();
        assertEquals("Artykuły i testy – strona 2 z 3", second.title());
        assertEquals("Pozycje 3–4 z 5", second.archive().range());
        assertEquals("Pozycja 5 z 5", pages.get(2).model().archive().range());
    }

    /**
     * The quiz, the guide's centrepiece, is in the archive by its date like an article (the README:
     * the archive lists all of them); standing pages, home and 404 pages are not.
     */
    @Test
    void theQuizIsListedAmongTheArticlesByItsDate() {
        List<ContentDocument> published = new ArrayList<>(polish(3));
        published.add(TestDocument.article("pl", "test").title("Test").type(DocumentType.QUIZ).date("2026-11-29").build());
        published.add(TestDocument.article("pl", "o-nas").title("O nas").type(DocumentType.PAGE).date("2026-11-30").build());
        published.add(TestDocument.article("pl", "index").title("Start").type(DocumentType.HOME).date("2026-11-30").build());
        ArchivePages archive = archive(3, published);
        List<ArchivePages.Page> pages = archive.of("pl");
        assertEquals(List.of("A1", "A2", "Test"), titles(pages.get(0)), "of the same day as A2, by address: /pl/a2/ before /pl/test/");
        assertEquals(List.of("A3"), titles(pages.get(1)));
        assertEquals("Pozycje 1–3 z 4", pages.get(0).model().archive().range());
        assertEquals(4, archive.count("pl"));
    }

    @Test
    void eachPageLinksItsNeighboursAndItsVersionsInOtherLanguages() {
        List<ContentDocument> published = new ArrayList<>(polish(5));
        published.add(TestDocument.article("en", "only").build());
        List<ArchivePages.Page> pages = archive(2, published).of("pl");
        Pagination first = pages.get(0).model().archive().pagination();
        assertEquals(1, first.current());
        assertEquals(3, first.total());
        assertNull(first.previous());
        assertEquals("/pl/artykuly/2/", first.next());
        assertEquals(List.of(new Pagination.PageLink(false, 1, "1", "/pl/artykuly/", "Strona 1", true),
                new Pagination.PageLink(false, 2, "2", "/pl/artykuly/2/", "Strona 2", false),
                new Pagination.PageLink(false, 3, "3", "/pl/artykuly/3/", "Strona 3", false)), first.items());
        Pagination last = pages.get(2).model().archive().pagination();
        assertEquals("/pl/artykuly/2/", last.previous());
        assertNull(last.next());

        PageModel second = pages.get(1).model();
        assertEquals(List.of(), second.alternates(), "a later page holds other articles than any page of another language");
        assertEquals(List.of(new SwitchOption("en", "English", "/en/articles/", true, null, null)), second.switcher(),
                "the switch goes to the other language's last page");
        assertEquals(List.of(new Alternate("pl", "https://example.org/pl/artykuly/"), new Alternate("en", "https://example.org/en/articles/"),
                new Alternate("x-default", "https://example.org/pl/artykuly/")), pages.get(0).model().alternates());
    }

    @Test
    void manyPagesAreLinkedWithGaps() {
        ArchivePages archive = archive(1, polish(9));
        List<ArchivePages.Page> pages = archive.of("pl");
        assertEquals(9, pages.size());
        assertEquals("1 2 3 … 9", numbers(pages.get(0)));
        assertEquals("1 2 3 4 5 6 … 9", numbers(pages.get(3)));
        assertEquals("1 … 3 4 5 6 7 … 9", numbers(pages.get(4)));
        assertEquals("1 … 7 8 9", numbers(pages.get(8)));
        Pagination fifth = pages.get(4).model().archive().pagination();
        assertEquals(new Pagination.PageLink(true, 0, null, null, null, false), fifth.items().get(1));
        assertEquals(List.of(5), fifth.items().stream().filter(Pagination.PageLink::current).map(Pagination.PageLink::number).toList());
    }

    private static String numbers(ArchivePages.Page page) {
        return String.join(" ", page.model().archive().pagination().items().stream().map(l -> l.gap() ? "…" : Integer.toString(l.number())).toList());
    }

    @Test
    void aLanguageWithoutArticlesHasOneEmptyPage() {
        ArchivePages archive = archive(2, polish(3));
        List<ArchivePages.Page> pages = archive.of("en");
        assertEquals(1, pages.size());
        assertEquals("en/articles/index.html", pages.get(0).outputPath());
        assertEquals(List.of(), titles(pages.get(0)));
        assertEquals("", pages.get(0).model().archive().range());
        assertEquals(1, archive.pageCount("en"));
        assertEquals(2, archive.pageCount("pl"));
    }

    @Test
    void pageCountsSlicesAndAddressesPerLanguage() {
        ArchivePages archive = archive(2, polish(4));
        assertEquals(2, archive.pageCount("pl"), "exactly two full pages");
        assertEquals(List.of("a3", "a4"), archive.slice("pl", 2).stream().map(ContentDocument::slug).toList());
        assertEquals(List.of(), archive.slice("pl", 3));
        assertEquals("/en/articles/3/", archive.url("en", 3));
        assertEquals(List.of(), archive.alternates(2));
        assertEquals(List.of("pl", "en", "x-default"), archive.alternates(1).stream().map(Alternate::lang).toList());
        assertEquals(3, archive(2, polish(5)).pageCount("pl"));
    }
}
