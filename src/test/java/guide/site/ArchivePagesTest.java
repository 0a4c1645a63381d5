package guide.site;

import guide.bench.CorpusGenerator;
import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site with more articles than a home page shows: the home page lists the newest, the archive
 * lists every article once, newest first, a page at a time, and the feed carries the newest only.
 * Expectations come from the generated content files (titles, dates), not from the builder.
 */
class ArchivePagesTest {
    private static final int ARTICLES = 23;

    @TempDir
    static Path temp;
    static CorpusGenerator.Corpus corpus;
    static Path site;
    static Map<String, LocalDate> dateByPlUrl = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        corpus = CorpusGenerator.generate(ProjectFixture.projectDir(), temp.resolve("project"), ARTICLES);
        Path properties = corpus.dir().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties, StandardCharsets.UTF_8)
                + "\nsite.home.latest=5\nsite.archive.pageSize=10\nsite.feed.limit=7\n", StandardCharsets.UTF_8);
        site = temp.resolve("site");
        new SiteBuilder(corpus.dir()).build(site);
        corpus.articles().forEach(a -> dateByPlUrl.put(a.plUrl(), a.date()));
    }

    @Test
    void homeListsTheNewestArticlesAndLinksToAllOfThem() throws Exception {
        Document home = page("pl/index.html");
        List<String> listed = home.select(".article-list .card h3 a").eachAttr("href");
        assertEquals(5, listed.size(), "site.home.latest=5");
        LocalDate oldestListed = listed.stream().map(dateByPlUrl::get).min(Comparator.naturalOrder()).orElseThrow();
        for (CorpusGenerator.Article a : corpus.articles()) {
            if (!listed.contains(a.plUrl())) {
                assertFalse(a.date().isAfter(oldestListed), a.plUrl() + " (" + a.date() + ") is newer than an article the home page lists");
            }
        }
        Element more = home.selectFirst(".article-list .more a");
        assertNotNull(more, "a link to all articles");
        assertEquals("/pl/artykuly/", more.attr("href"));
        assertEquals("Zobacz wszystkie artykuły i testy (" + ARTICLES + ")", more.text());
    }

    @Test
    void archiveListsEveryArticleOnceNewestFirstTenToAPage() throws Exception {
        List<String> pages = List.of("pl/artykuly/index.html", "pl/artykuly/2/index.html", "pl/artykuly/3/index.html");
        assertFalse(Files.exists(site.resolve("pl/artykuly/4/index.html")), "23 articles make 3 pages of 10");
        List<String> all = new ArrayList<>();
        List<Integer> perPage = new ArrayList<>();
        for (String path : pages) {
            List<String> listed = page(path).select(".article-list .card h3 a").eachAttr("href");
            perPage.add(listed.size());
            all.addAll(listed);
        }
        assertEquals(List.of(10, 10, 3), perPage);
        assertEquals(ARTICLES, new HashSet<>(all).size(), "every article once: " + all);
        assertEquals(corpus.articles().stream().map(CorpusGenerator.Article::plUrl).collect(Collectors.toSet()), Set.copyOf(all));
        for (int i = 1; i < all.size(); i++) {
            assertFalse(dateByPlUrl.get(all.get(i)).isAfter(dateByPlUrl.get(all.get(i - 1))),
                    "newest first: " + all.get(i - 1) + " then " + all.get(i));
        }
        Document second = page("pl/artykuly/2/index.html");
        assertEquals("Artykuły i testy – strona 2 z 3 | Przewodnik freelancera", second.title());
        assertEquals("Pozycje 11–20 z 23", second.selectFirst(".archive-range").text());
        assertEquals("/pl/artykuly/", second.selectFirst(".pagination a[rel=prev]").attr("href"));
        assertEquals("/pl/artykuly/3/", second.selectFirst(".pagination a[rel=next]").attr("href"));
        assertEquals("2", second.selectFirst(".pagination a[aria-current=page]").text());
        assertEquals("Strona 2", second.selectFirst(".pagination a[aria-current=page]").attr("aria-label"));
        assertEquals("Pozycje 21–23 z 23", page("pl/artykuly/3/index.html").selectFirst(".archive-range").text());
        assertTrue(page("pl/artykuly/index.html").select(".pagination a[rel=prev]").isEmpty(), "no previous page on the first");
        assertTrue(page("pl/artykuly/3/index.html").select(".pagination a[rel=next]").isEmpty(), "no next page on the last");
    }

    /** Search results show a page's title and description: each archive page has its own, in both languages. */
    @Test
    void everyArchivePageHasATitleAndADescriptionOfItsOwn() throws Exception {
        for (String folder : List.of("pl/artykuly/", "en/articles/")) {
            Set<String> titles = new HashSet<>();
            Set<String> descriptions = new HashSet<>();
            for (String k : List.of("", "2/", "3/")) {
                Document archive = page(folder + k + "index.html");
                titles.add(archive.title());
                descriptions.add(archive.selectFirst("meta[name=description]").attr("content"));
                assertEquals(archive.selectFirst("meta[name=description]").attr("content"),
                        archive.selectFirst("meta[property=og:description]").attr("content"));
            }
            assertEquals(3, titles.size(), titles.toString());
            assertEquals(3, descriptions.size(), descriptions.toString());
        }
        assertEquals("Every article and quiz in the guide, newest first. Items 11–20 of 23.",
                page("en/articles/2/index.html").selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void archivePagesStayOutOfSearch() throws Exception {
        Document second = page("en/articles/2/index.html");
        assertEquals("/pl/artykuly/2/", second.selectFirst("[data-lang-switch]").attr("href"));
        assertTrue(second.select("meta[name=guide-search]").isEmpty(), "lists are not search results");
        try (Stream<Path> pagesInIndex = Files.list(site.resolve("pl/search/d"))) {
            for (Path file : pagesInIndex.toList()) {
                assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("\"u\":\"/pl/artykuly/"), "the archive is not in the search index: " + file);
            }
        }
        String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("<loc>https://przewodnik-freelancera.example/en/articles/3/</loc>"), "the sitemap lists archive pages");
    }

    /**
     * Page 2 in Polish lists other articles than page 2 in English, so only the first pages name each other as
     * translations (hreflang); a later page is its own canonical address and names none. The sitemap says the same.
     */
    @Test
    void onlyTheFirstArchivePagesPairAcrossLanguagesInTheirHeadsAndInTheSitemap() throws Exception {
        String base = "https://przewodnik-freelancera.example/";
        Map<String, String> first = Map.of("pl", base + "pl/artykuly/", "en", base + "en/articles/", "x-default", base + "pl/artykuly/");
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8), "", Parser.xmlParser());
        for (String folder : List.of("pl/artykuly/", "en/articles/")) {
            for (String k : List.of("", "2/", "3/")) {
                Document archive = page(folder + k + "index.html");
                String address = base + folder + k;
                assertEquals(address, archive.selectFirst("link[rel=canonical]").attr("href"));
                Map<String, String> inHead = new HashMap<>();
                archive.select("link[rel=alternate][hreflang]").forEach(l -> inHead.put(l.attr("hreflang"), l.attr("href")));
                assertEquals(k.isEmpty() ? first : Map.of(), inHead, address + ": its hreflang alternates");
                Element entry = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().equals(address)).findFirst().orElseThrow();
                Map<String, String> inSitemap = new HashMap<>();
                entry.select("xhtml|link").forEach(l -> inSitemap.put(l.attr("hreflang"), l.attr("href")));
                assertEquals(inHead, inSitemap, address + ": the sitemap's alternates are the page's");
            }
        }
    }

    @Test
    void feedCarriesTheNewestArticlesOnly() throws Exception {
        Document feed = Jsoup.parse(Files.readString(site.resolve("pl/feed.xml"), StandardCharsets.UTF_8), "", Parser.xmlParser());
        List<String> entries = feed.select("entry > link").eachAttr("href");
        assertEquals(7, entries.size(), "site.feed.limit=7");
        LocalDate oldestInFeed = entries.stream().map(u -> dateByPlUrl.get(u.replace("https://przewodnik-freelancera.example", "")))
                .min(Comparator.naturalOrder()).orElseThrow();
        long newer = corpus.articles().stream().filter(a -> a.date().isAfter(oldestInFeed)).count();
        assertTrue(newer <= 7, "no article newer than the feed's oldest entry is left out");
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }
}
