package guide.page;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.i18n.UiStrings;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The numbers the home page and the archive show readers (how many articles, which of them a page lists, page numbers) are
 * written as the page's language writes numbers, by CLDR as the reading times are: "1,234" in English, "1234" in Polish, which
 * groups digits from five on ("12 345", with a no-break space), not as Java or Freemarker write them for the machine's locale.
 */
class ArchiveNumbersTest {
    private static final int ARTICLES = 1234;

    @TempDir
    Path dir;

    /** {@value #ARTICLES} articles in each language. */
    private static List<ContentDocument> articles(String... languages) {
        List<ContentDocument> docs = new ArrayList<>();
        LocalDate newest = LocalDate.of(2026, 11, 30);
        for (int i = 1; i <= ARTICLES; i++) {
            for (String lang : languages) {
                docs.add(TestDocument.article(lang, lang + i).title(lang + i).date(newest.minusDays(i).toString()).build());
            }
        }
        return docs;
    }

    private record Site(ArchivePages archive, HomeLists home) {
    }

    private Site site(int pageSize, String... languages) {
        SmallProject project = SmallProject.in(dir).properties("site.archive.pageSize=" + pageSize + "\n");
        SiteConfig config = project.config();
        UiStrings ui = project.ui();
        List<ContentDocument> published = articles(languages);
        TranslationIndex translations = new TranslationIndex(config.languages(), published);
        Cards cards = new Cards(ui, new Dates(config), new CardMemo(), new Typesetter(config));
        ArchivePages archive = new ArchivePages(config, new ArticleIndex(published), cards, ui, new Alternates(config, translations),
                new LanguageSwitch(config, translations, ui), new LanguageViews(config, ui), new ShareImages(config, ui, Map.of()));
        return new Site(archive, new HomeLists(config, published, new ArticleIndex(published), cards, translations, ui, archive));
    }

    @Test
    void theHomePagesLinkToTheArchiveCountsAsTheLanguageWritesNumbers() {
        Site site = site(100, "en", "pl");
        assertEquals("1,234", site.home().of("en").archive().countText());
        assertEquals("1234", site.home().of("pl").archive().countText());
    }

    @Test
    void anArchivePagesRangeIsWrittenAsTheLanguageWritesNumbers() {
        Site site = site(100, "en", "pl");
        assertEquals("Items 1,001–1,100 of 1,234", site.archive().of("en").get(10).model().archive().range());
        assertEquals("Pozycje 1001–1100 z 1234", site.archive().of("pl").get(10).model().archive().range());
    }

    @Test
    void aPageNumberIsWrittenAsTheLanguageWritesNumbers() {
        List<ArchivePages.Page> pages = site(1, "en").archive().of("en");
        Pagination.PageLink last = pages.get(0).model().archive().pagination().items().get(4);
        assertEquals(List.of(ARTICLES, "1,234", "Page 1,234"), List.of(last.number(), last.text(), last.label()));
        assertEquals("Articles and quizzes – page 1,001 of 1,234", pages.get(1000).model().title());
    }

    @Test
    void polishGroupsDigitsFromFiveOnWithANoBreakSpace() {
        UiStrings ui = SmallProject.in(dir).ui();
        assertEquals(List.of("1234", "12\u00a0345", "1,234", "12,345"),
                List.of(ui.number("pl", 1234), ui.number("pl", 12_345), ui.number("en", 1234), ui.number("en", 12_345)));
    }
}
