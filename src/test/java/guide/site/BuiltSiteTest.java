package guide.site;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test site (src/test/resources/fixture-site, with the real templates), built once, read back
 * as a reader's browser and a crawler would.
 */
class BuiltSiteTest {
    static final String HOST = "https://guide.test";
    static final String PL_ARTICLE = "pl/jak-wystawic-fakture/index.html";
    static final String EN_ARTICLE = "en/how-to-send-an-invoice/index.html";
    static Path site;
    static Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = ProjectFixture.builtSite();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".html"))::iterator) {
                pages.put(site.relativize(p).toString(), Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void bothLanguagesHaveHomeArticlesAboutAnd404() {
        for (String page : List.of("index.html", "pl/index.html", "en/index.html", PL_ARTICLE, EN_ARTICLE,
                "pl/jak-wycenic-projekt/index.html", "en/pricing-a-project/index.html", "pl/zaliczka-czy-zadatek/index.html",
                "pl/o-przewodniku/index.html", "en/about/index.html", "pl/404.html", "en/404.html")) {
            assertTrue(pages.containsKey(page), "missing " + page);
        }
        assertEquals("pl", pages.get(PL_ARTICLE).selectFirst("html").attr("lang"));
        assertEquals("en", pages.get(EN_ARTICLE).selectFirst("html").attr("lang"));
    }

    @Test
    void everyPageHasOneH1AndATitle() {
        pages.forEach((path, doc) -> {
            assertEquals(1, doc.select("h1").size(), path + " must have exactly one h1");
            assertFalse(doc.title().isBlank(), path + " has no title");
        });
    }

    @Test
    void hreflangIsReciprocalAndIncludesItself() {
        int checked = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            Map<String, String> alternates = alternates(e.getValue());
            if (alternates.isEmpty()) {
                continue;
            }
            String self = e.getValue().selectFirst("link[rel=canonical]").attr("href");
            assertTrue(alternates.containsValue(self), e.getKey() + " does not list itself: " + alternates);
            assertTrue(alternates.containsKey("x-default"), e.getKey() + " has no x-default");
            for (Map.Entry<String, String> alt : alternates.entrySet()) {
                Document target = pageAt(alt.getValue());
                assertNotNull(target, e.getKey() + ": alternate " + alt + " is not a built page");
                assertTrue(alternates(target).containsValue(self), alt.getValue() + " does not list " + self + " back");
                checked++;
            }
        }
        // Translated pairs: home, about, invoice, pricing, quiz, archive page 1, each with pl, en and x-default: 6 x 2 x 3;
        // the Polish-only article lists itself and x-default; the root page both home pages and itself as x-default;
        // the not-found pages (pl/404.html, en/404.html, the root 404.html), not indexed, name none.
        assertEquals(41, checked, "hreflang links on every page");
        assertEquals(Map.of("pl", HOST + "/pl/", "en", HOST + "/en/", "x-default", HOST + "/"), alternates(pages.get("index.html")));
        assertEquals(HOST + "/", alternates(pages.get("en/index.html")).get("x-default"), "the home pages name the root page as x-default");
        assertEquals(Map.of("pl", HOST + "/pl/zaliczka-czy-zadatek/", "x-default", HOST + "/pl/zaliczka-czy-zadatek/"),
                alternates(pages.get("pl/zaliczka-czy-zadatek/index.html")));
    }

    /** A search engine is told not to index a not-found page, and nothing that contradicts it: no canonical, no hreflang. */
    @Test
    void notFoundPagesAreNoindexWithoutCanonicalOrAlternates() {
        for (String page : List.of("pl/404.html", "en/404.html", "404.html")) {
            Document doc = pages.get(page);
            assertEquals("noindex", doc.select("meta[name=robots]").attr("content"), page);
            assertEquals(List.of(), doc.select("link[rel=canonical], link[rel=alternate][hreflang]").eachAttr("href"), page);
        }
        pages.forEach((path, doc) -> {
            if (doc.select("meta[name=robots][content=noindex]").isEmpty()) {
                assertEquals(1, doc.select("link[rel=canonical]").size(), path + " is indexed and names its canonical address");
            }
        });
    }

    @Test
    void languageSwitchLandsOnTheSameArticleInTheOtherLanguage() {
        Element toEnglish = pages.get(PL_ARTICLE).selectFirst("a[data-lang-switch]");
        assertEquals("/en/how-to-send-an-invoice/", toEnglish.attr("href"));
        assertEquals("en", toEnglish.attr("hreflang"));
        Element toPolish = pages.get(EN_ARTICLE).selectFirst("a[data-lang-switch]");
        assertEquals("/pl/jak-wystawic-fakture/", toPolish.attr("href"));
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            for (Element link : e.getValue().select("a[data-lang-switch]")) {
                Document target = pageAt(link.attr("href"));
                assertNotNull(target, e.getKey() + ": switcher goes nowhere: " + link.attr("href"));
                assertEquals(link.attr("hreflang"), target.selectFirst("html").attr("lang"), e.getKey());
                if (!e.getKey().equals("index.html") && target.selectFirst("meta[name=robots][content=noindex]") == null) {
                    String translation = alternates(e.getValue()).get(link.attr("hreflang"));
                    String expected = translation != null ? translation : HOST + "/" + link.attr("hreflang") + "/";
                    assertEquals(expected, target.selectFirst("link[rel=canonical]").attr("href"),
                            e.getKey() + ": the switch lands on the translation, or on the home page where there is none");
                }
            }
        }
    }

    @Test
    void affiliateDisclosureComesBeforeTheFirstAffiliateLink() {
        for (String page : List.of(PL_ARTICLE, EN_ARTICLE)) {
            Document doc = pages.get(page);
            Element affiliate = doc.selectFirst("a[href*=shop.example]");
            assertNotNull(affiliate, page + " must carry the shop's affiliate link");
            assertEquals("sponsored noopener", affiliate.attr("rel"));
            Element disclosure = doc.selectFirst("[data-affiliate-disclosure]");
            assertNotNull(disclosure, page);
            List<Element> all = doc.getAllElements();
            assertTrue(all.indexOf(disclosure) < all.indexOf(affiliate), page + ": disclosure must come first");
        }
        assertTrue(pages.get(PL_ARTICLE).selectFirst("[data-affiliate-disclosure]").text().contains("prowizj"));
        assertTrue(pages.get(EN_ARTICLE).selectFirst("[data-affiliate-disclosure]").text().contains("commission"));
        assertTrue(pages.get("en/about/index.html").select("[data-affiliate-disclosure]").isEmpty(), "no disclosure where no affiliate link");
        assertTrue(pages.get("en/pricing-a-project/index.html").select("[data-affiliate-disclosure]").isEmpty(), "no disclosure where no affiliate link");
    }

    @Test
    void externalLinksGetNoopener() {
        pages.forEach((path, doc) -> doc.select("a[href^=http]").stream()
                .filter(a -> !a.attr("href").startsWith(HOST))
                .forEach(a -> assertTrue(a.attr("rel").contains("noopener"), path + ": " + a.outerHtml())));
    }

    /**
     * The author box names its author's page {@code rel="author"}; {@code noopener} only where the link leaves the site (an
     * author's own {@code https://} address, as on every link out), not on the site's own about page, where it means nothing.
     */
    @Test
    void theAuthorBoxLinkIsAuthorAndNoopenerOnlyWhenItLeavesTheSite() {
        Map<String, String> relByHref = new TreeMap<>();
        pages.forEach((path, doc) -> doc.select(".author-bio a[href]").forEach(a -> {
            boolean own = a.attr("href").startsWith("/") || a.attr("href").startsWith(HOST + "/");
            String name = a.parent().hasClass("author-name") ? "author" : "";
            String expected = own ? name : (name + " noopener").strip();
            assertEquals(expected, a.attr("rel"), path + ": " + a.outerHtml());
            if (!name.isEmpty()) {
                relByHref.put(a.attr("href"), a.attr("rel"));
            }
        }));
        assertEquals("author", relByHref.get("/en/about/"), relByHref.toString());
        assertEquals("author", relByHref.get("/pl/o-przewodniku/"), relByHref.toString());
        assertEquals("author noopener", relByHref.get("https://ewa-nowak.example"), relByHref.toString());
    }

    @Test
    void authorBioAndJsonLdArePresentAndShareOnePersonId() throws Exception {
        Set<String> personIds = new HashSet<>();
        for (String page : List.of(PL_ARTICLE, EN_ARTICLE)) {
            Document doc = pages.get(page);
            Element bio = doc.selectFirst("section.author-bio");
            assertNotNull(bio, page);
            assertTrue(bio.text().contains("Ewa Nowak"), bio.text());
            JSONObject ld = (JSONObject) new JSONParser().parse(doc.selectFirst("script[type=application/ld+json]").data());
            JSONObject article = null;
            JSONObject person = null;
            for (Object node : (JSONArray) ld.get("@graph")) {
                JSONObject o = (JSONObject) node;
                if ("Article".equals(o.get("@type"))) {
                    article = o;
                } else if ("Person".equals(o.get("@type"))) {
                    person = o;
                }
            }
            assertNotNull(article, page);
            assertNotNull(person, page);
            assertEquals(doc.selectFirst("h1").text(), article.get("headline"));
            assertEquals(doc.selectFirst("html").attr("lang"), article.get("inLanguage"));
            assertEquals("2026-03-10", article.get("datePublished"));
            assertEquals(person.get("@id"), ((JSONObject) article.get("author")).get("@id"));
            assertNotNull(article.get("publisher"));
            personIds.add((String) person.get("@id"));
        }
        assertEquals(1, personIds.size(), "both languages must reference the same Person @id");
    }

    /**
     * An article revised after publication ({@code updated=2026-03-25} in pl/zaliczka-czy-zadatek.md,
     * published 2026-01-20) says so to readers, beside its publication date, and to search engines
     * and feed readers; an article never revised shows its publication date alone.
     */
    @Test
    void anUpdatedArticleShowsWhenAndTellsCrawlersAndFeedReaders() throws Exception {
        Document revised = pages.get("pl/zaliczka-czy-zadatek/index.html");
        String meta = revised.selectFirst(".article-header .meta").text().replace('\u00a0', ' ');
        assertTrue(meta.startsWith("20 stycznia 2026 · Zaktualizowano 25 marca 2026 · "), meta);
        assertEquals(List.of("2026-01-20", "2026-03-25"), revised.select(".article-header .meta time").eachAttr("datetime"));
        JSONObject article = articleLd(revised);
        assertEquals("2026-01-20", article.get("datePublished"));
        assertEquals("2026-03-25", article.get("dateModified"));

        Document unrevised = pages.get(PL_ARTICLE);
        assertFalse(unrevised.selectFirst(".article-header .meta").text().contains("Zaktualizowano"));
        assertEquals("2026-03-10", articleLd(unrevised).get("dateModified"), "never updated: modified when published");

        String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("<loc>" + HOST + "/pl/zaliczka-czy-zadatek/</loc>\n<lastmod>2026-03-25</lastmod>"), sitemap);
        Document feed = Jsoup.parse(Files.readString(site.resolve("pl/feed.xml"), StandardCharsets.UTF_8), "", Parser.xmlParser());
        Element entry = feed.selectFirst("entry:has(link[rel=alternate][href=" + HOST + "/pl/zaliczka-czy-zadatek/])");
        assertEquals("2026-01-20T00:00:00Z", entry.selectFirst("published").text());
        assertEquals("2026-03-25T00:00:00Z", entry.selectFirst("updated").text());
        assertEquals("2026-03-25T00:00:00Z", feed.selectFirst("feed > updated").text(), "the feed changed when its latest entry did");
    }

    private static JSONObject articleLd(Document page) throws Exception {
        JSONObject ld = (JSONObject) new JSONParser().parse(page.selectFirst("script[type=application/ld+json]").data());
        for (Object node : (JSONArray) ld.get("@graph")) {
            if ("Article".equals(((JSONObject) node).get("@type"))) {
                return (JSONObject) node;
            }
        }
        throw new AssertionError("no Article in " + ld);
    }

    @Test
    void tocQuickLinksAndShareLinksAreThere() {
        for (String page : List.of(PL_ARTICLE, EN_ARTICLE)) {
            Document doc = pages.get(page);
            List<String> toc = doc.select("nav.toc a").eachAttr("href");
            assertEquals(List.of("#what-to-write", "#when-to-send"), toc);
            for (String anchor : toc) {
                assertNotNull(doc.getElementById(anchor.substring(1)), page + ": toc anchor " + anchor);
                assertTrue(anchor.matches("#[a-z0-9-]+"), "anchors are ASCII: " + anchor);
            }
            assertFalse(doc.select("nav.quick-links a").isEmpty(), page + " has no quick links");
            List<String> share = doc.select("section.share a").eachAttr("href");
            assertTrue(share.stream().anyMatch(h -> h.startsWith("https://x.com/")) && share.stream().anyMatch(h -> h.contains("facebook.com"))
                    && share.stream().anyMatch(h -> h.contains("pinterest.com")) && share.stream().anyMatch(h -> h.startsWith("mailto:")), share.toString());
        }
        pages.forEach((path, doc) -> {
            for (Element script : doc.select("script[src]")) {
                assertTrue(script.attr("src").startsWith("/"), path + ": third-party script " + script.attr("src"));
            }
        });
    }

    @Test
    void polishDatesAndPluralsAreNative() {
        assertEquals("10 marca 2026 · 1 minuta czytania · 51 słów · Autor: Ewa Nowak", pages.get(PL_ARTICLE).selectFirst(".article-header .meta").text());
        assertEquals("10 March 2026 · 1-minute read · 71 words · By Ewa Nowak", pages.get(EN_ARTICLE).selectFirst(".article-header .meta").text());
    }

    @Test
    void urlsAreCleanAsciiWithoutEncodedDiacritics() {
        pages.forEach((path, doc) -> {
            for (Element a : doc.select("a[href^=/], link[href^=" + HOST + "]")) {
                String href = a.hasAttr("href") ? a.attr("href") : "";
                assertTrue(href.matches("[\\x21-\\x7e]*") && !href.contains("%"), path + ": " + href);
                assertFalse(href.contains(".html") && !href.endsWith("404.html"), path + ": link with .html: " + href);
            }
        });
    }

    @Test
    void noInternalLinkIsBroken() {
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            for (Element a : e.getValue().select("a[href^=/]")) {
                String href = a.attr("href");
                String path = href.replaceFirst("[#?].*", "");
                assertNotNull(pageAt(HOST + path) != null ? "" : Files.isRegularFile(site.resolve(path.substring(1))) ? "" : null,
                        e.getKey() + ": broken link " + href);
                if (href.contains("#") && pageAt(HOST + path) != null) {
                    assertNotNull(pageAt(HOST + path).getElementById(href.substring(href.indexOf('#') + 1)), e.getKey() + ": broken anchor " + href);
                }
            }
        }
    }

    @Test
    void sitemapListsEveryPageWithAlternates() throws Exception {
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        NodeList locs = xml.getElementsByTagName("loc");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(locs.item(i).getTextContent());
        }
        for (String page : pages.keySet()) {
            if (page.endsWith("404.html")) {
                continue;
            }
            String url = HOST + "/" + page.replaceFirst("index\\.html$", "");
            assertTrue(listed.contains(url), "sitemap lacks " + url);
        }
        assertEquals(39, xml.getElementsByTagName("xhtml:link").getLength(), "alternates in sitemap: 6 translated pairs (not 404) x 2 x 3, root 3");
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + HOST + "/sitemap.xml"));
    }

    /** The root's entry has what its head declares (every home page, itself as x-default) and the home pages' newest lastmod. */
    @Test
    void sitemapGivesTheRootItsAlternatesAndADate() throws Exception {
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        NodeList urls = xml.getElementsByTagName("url");
        org.w3c.dom.Element root = null;
        Map<String, String> lastmod = new TreeMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagName("loc").item(0).getTextContent();
            lastmod.put(loc, url.getElementsByTagName("lastmod").item(0).getTextContent());
            if (loc.equals(HOST + "/")) {
                root = url;
            }
        }
        assertNotNull(root, "the sitemap lists the root page");
        String newestHome = lastmod.get(HOST + "/pl/").compareTo(lastmod.get(HOST + "/en/")) > 0 ? lastmod.get(HOST + "/pl/") : lastmod.get(HOST + "/en/");
        assertEquals(newestHome, lastmod.get(HOST + "/"), "the root offers the home pages: the newest of their lastmods " + lastmod);
        assertTrue(newestHome.compareTo("2026-01-01") > 0, "which count what they show, newer than their own texts' 2026-01-01");
        Map<String, String> listed = new TreeMap<>();
        NodeList links = root.getElementsByTagName("xhtml:link");
        for (int i = 0; i < links.getLength(); i++) {
            org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
            assertEquals("alternate", link.getAttribute("rel"));
            listed.put(link.getAttribute("hreflang"), link.getAttribute("href"));
        }
        assertEquals(Map.of("pl", HOST + "/pl/", "en", HOST + "/en/", "x-default", HOST + "/"), listed);
        assertEquals(alternates(pages.get("index.html")), listed, "the sitemap and the root page's head name the same alternates");
    }

    /** Each language's feed: its articles and its quiz (fixture-site has 3 Polish and 2 English articles, a quiz in each). */
    @Test
    void atomFeedPerLanguageListsItsArticlesAndQuiz() throws Exception {
        for (String lang : List.of("pl", "en")) {
            org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.resolve(lang + "/feed.xml").toFile());
            assertEquals("feed", xml.getDocumentElement().getTagName());
            List<String> links = new ArrayList<>();
            NodeList entries = xml.getElementsByTagName("entry");
            for (int i = 0; i < entries.getLength(); i++) {
                org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
                links.add(((org.w3c.dom.Element) entry.getElementsByTagName("link").item(0)).getAttribute("href"));
                String id = entry.getElementsByTagName("id").item(0).getTextContent();
                assertTrue(id.matches("tag:guide\\.test,\\d{4}-\\d\\d-\\d\\d:" + lang + "/[a-z-]+"), "a permanent id, not the address: " + id);
            }
            List<String> articles = pages.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(lang + "/") && isArticleOrQuiz(e.getValue()))
                    .map(e -> e.getValue().selectFirst("link[rel=canonical]").attr("href")).sorted().toList();
            assertEquals(articles, links.stream().sorted().toList(), lang + " feed");
            assertEquals(lang.equals("pl") ? 4 : 3, articles.size());
            assertTrue(links.contains(HOST + (lang.equals("pl") ? "/pl/test-klienta/" : "/en/client-quiz/")), lang + " feed carries the quiz: " + links);
        }
    }

    @Test
    void searchIndexPerLanguageHoldsTheFullTextOfItsPagesBySection() throws Exception {
        Map<String, JSONObject> pl = indexedPages("pl");
        JSONObject main = pl.get("/pl/jak-wystawic-fakture/");
        Document article = pages.get(PL_ARTICLE);
        assertEquals(article.selectFirst("h1").text(), main.get("t"));
        JSONArray sections = (JSONArray) main.get("s");
        JSONArray whenToSend = (JSONArray) sections.stream().filter(s -> ((JSONArray) s).get(0).equals("when-to-send")).findFirst().orElseThrow();
        assertEquals(article.getElementById("when-to-send").text(), whenToSend.get(1), "the section's heading");
        // The typography's no-break spaces read as plain spaces.
        String paragraph = article.getElementById("when-to-send").nextElementSibling().text().replace('\u00a0', ' ');
        assertTrue(((String) whenToSend.get(2)).replace('\u00a0', ' ').contains(paragraph), "the section's text, as readers see it: " + paragraph + " in " + whenToSend.get(2));
        assertTrue(pl.containsKey("/pl/test-klienta/"), "the quiz is searchable");
        assertTrue(pl.containsKey("/pl/o-przewodniku/"));
        assertFalse(pl.keySet().stream().anyMatch(u -> u.contains("404") || u.equals("/")), "no 404 or root page: " + pl.keySet());
        assertTrue(indexedPages("en").keySet().stream().allMatch(u -> u.startsWith("/en/")), "English index holds English pages only");
    }

    /** An article (shared as og:type article) or the quiz (its checklist form): what the archive and the feed list. */
    private static boolean isArticleOrQuiz(Document page) {
        return page.selectFirst("meta[property=og:type][content=article]") != null || page.selectFirst("form[data-quiz]") != null;
    }

    /** The pages in a language's search index (its d/ files), by address. */
    private static Map<String, JSONObject> indexedPages(String lang) throws Exception {
        Map<String, JSONObject> byUrl = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve(lang + "/search/d"))) {
            for (Path file : files.toList()) {
                JSONObject page = (JSONObject) new JSONParser().parse(Files.readString(file, StandardCharsets.UTF_8));
                byUrl.put((String) page.get("u"), page);
            }
        }
        return byUrl;
    }

    @Test
    void rootPageOffersBothLanguagesWithoutJavaScript() {
        Document root = pages.get("index.html");
        assertEquals(List.of("/pl/", "/en/"), root.select("main a").eachAttr("href"));
        assertTrue(root.select("script[src]").isEmpty());
    }

    /**
     * A feed reader given the site's address finds the feeds in the page's head: the root page, which is no language's,
     * names every language's feed, each in its own words, so that an English reader is not subscribed to Polish alone.
     */
    @Test
    void theRootPageNamesEveryLanguagesFeedAndAPageItsOwn() {
        assertEquals(List.of("/pl/feed.xml Przewodnik freelancera", "/en/feed.xml The Freelancer's Guide"),
                pages.get("index.html").select("link[type=application/atom+xml]").stream()
                        .map(l -> l.attr("href") + " " + l.attr("title")).toList());
        assertEquals(List.of("/en/feed.xml"), pages.get("en/index.html").select("link[type=application/atom+xml]").eachAttr("href"));
        assertEquals(List.of("/pl/feed.xml Przewodnik freelancera", "/en/feed.xml The Freelancer's Guide"),
                pages.get("404.html").select("link[type=application/atom+xml]").stream().map(l -> l.attr("href") + " " + l.attr("title")).toList(),
                "the root's not-found page is every language's too, its feeds named as everywhere, not \"Nie ma takiej strony\"");
    }

    @Test
    void homePagesListArticlesWithLocalDatesAndReadingTime() {
        Document pl = pages.get("pl/index.html");
        assertEquals(List.of("Jak wystawić fakturę, żeby klient zapłacił", "Jak wycenić projekt", "Zaliczka czy zadatek"),
                pl.select("#articles-title + ul .card h3").eachText(), "newest first");
        assertEquals("10 marca 2026 · 1 minuta czytania", pl.selectFirst("#articles-title + ul .card .meta").text());
        assertEquals("10 March 2026 · 1-minute read", pages.get("en/index.html").selectFirst("#articles-title + ul .card .meta").text());
        assertEquals(List.of("/pl/zaliczka-czy-zadatek/"), pages.get("en/index.html").select(".other-languages a").eachAttr("href"),
                "the English home lists the article that exists in Polish only");
    }

    @Test
    void everyPageLinksToTheArchiveOfAllArticlesInItsLanguage() {
        for (String lang : List.of("pl", "en")) {
            String archive = lang.equals("pl") ? "pl/artykuly/index.html" : "en/articles/index.html";
            Document page = pages.get(archive);
            assertTrue(page != null, "missing " + archive);
            Set<String> articles = new HashSet<>();
            pages.forEach((path, doc) -> {
                if (path.startsWith(lang + "/") && isArticleOrQuiz(doc)) {
                    articles.add("/" + path.replaceFirst("index\\.html$", ""));
                }
            });
            assertTrue(articles.contains(lang.equals("pl") ? "/pl/test-klienta/" : "/en/client-quiz/"), "the quiz is among them: " + articles);
            assertEquals(articles, Set.copyOf(page.select(".article-list .card h3 a").eachAttr("href")), archive + " lists every article and the quiz");
            String url = "/" + archive.replaceFirst("index\\.html$", "");
            // A quiz is no article: the archive's name, in its heading and every page's footer, says it lists both.
            String name = lang.equals("pl") ? "Artykuły i testy" : "Articles and quizzes";
            assertEquals(name, page.selectFirst("h1").text(), archive + "'s heading");
            assertEquals(name, pages.get(lang + "/404.html").selectFirst(".site-footer a[href='" + url + "']").text(), "the footer's link");
            for (String path : List.of(lang + "/index.html", lang.equals("pl") ? PL_ARTICLE : EN_ARTICLE, lang + "/404.html")) {
                assertTrue(pages.get(path).select(".site-footer a").eachAttr("href").contains(url), path + " links to " + url);
            }
        }
    }

    static final String PL_QUIZ = "pl/test-klienta/index.html";
    static final String EN_QUIZ = "en/client-quiz/index.html";

    @Test
    void quizIsAPrintableChecklistWithoutJavaScript() {
        for (String page : List.of(PL_QUIZ, EN_QUIZ)) {
            Document doc = pages.get(page);
            assertEquals(2, doc.select("form[data-quiz] .quiz-sign[role=group]").size(), page);
            for (Element sign : doc.select("form[data-quiz] .quiz-sign[role=group]")) {
                Element title = sign.selectFirst("> h2");
                assertNotNull(title, page + ": every sign has a title");
                assertEquals(title.id(), sign.attr("aria-labelledby"), page + ": every sign's group is named by its title");
                assertEquals(3, sign.select("input[type=checkbox]").size(), page);
            }
            for (Element box : doc.select("input[type=checkbox]")) {
                Element label = doc.selectFirst("label[for=" + box.id() + "]");
                assertNotNull(label, page + ": checkbox " + box.id() + " has a real label");
                assertTrue(label.selectFirst(".quiz-points").text().matches("\\(\\d+ (punkt|punkty|punktów|point|points)\\)"), label.text());
            }
            assertFalse(doc.selectFirst("[data-quiz-manual]").hasAttr("hidden"), "manual scoring instructions are visible without JS");
            assertTrue(doc.select("script:not([src])").stream().allMatch(s -> s.attr("type").equals("application/ld+json")), "no inline script");
        }
        Document pl = pages.get(PL_QUIZ);
        // A quiz that writes no instruction of its own shows the interface's, as every quiz did before one could.
        assertEquals("Zaznacz każde zdanie, które pasuje do tego klienta. Wynik liczy się na bieżąco, a odpowiedzi nie opuszczają twojej"
                + " przeglądarki.", pl.selectFirst("[data-quiz-howto]").text());
        assertEquals("Tick every statement that fits this client. The score updates as you go, and your answers never leave your browser.",
                pages.get(EN_QUIZ).selectFirst("[data-quiz-howto]").text());
        assertEquals("(1 punkt)", pl.selectFirst("label[for=q-late] .quiz-points").text());
        assertEquals("(3 punkty)", pl.selectFirst("label[for=q-refuses] .quiz-points").text());
        assertEquals("(4 punkty)", pl.selectFirst("label[for=q-shouts] .quiz-points").text());
        assertEquals("Przesądza o wyniku: co najmniej „Zaplanuj rozstanie”", pl.selectFirst("label[for=q-refuses] .quiz-decides").text());
        assertEquals("exit", pl.selectFirst("#q-refuses").attr("data-decides"));
        assertTrue(pl.selectFirst(".quiz-decides-rule").text().startsWith("Zdania, które przesądzają o wyniku."), "the rule is stated for manual scoring");
        assertEquals("Decides the result: at least “Plan your exit”", pages.get(EN_QUIZ).selectFirst("label[for=q-refuses] .quiz-decides").text());
    }

    @Test
    void quizBandsCoverEveryScoreAndTheirAdviceLinksToTheArticles() {
        for (String page : List.of(PL_QUIZ, EN_QUIZ)) {
            Document doc = pages.get(page);
            int max = doc.select("input[data-points]").stream().mapToInt(i -> Integer.parseInt(i.attr("data-points"))).sum();
            assertEquals(String.valueOf(max), doc.selectFirst("form[data-quiz]").attr("data-max"));
            int expected = 0;
            for (Element band : doc.select("tr[data-band]")) {
                assertEquals(expected, Integer.parseInt(band.attr("data-min")), page + " band " + band.attr("data-band"));
                expected = Integer.parseInt(band.attr("data-max")) + 1;
                assertTrue(band.select(".quiz-advice a[href]").size() >= 1, page + ": band advice links to the articles");
            }
            assertEquals(max + 1, expected, page + ": bands end at the maximum");
        }
        assertEquals(List.of("0–3 punkty", "4–7 punktów", "8–13 punktów"), pages.get(PL_QUIZ).select(".quiz-range").eachText());
        assertEquals(List.of("0–3 points", "4–7 points", "8–13 points"), pages.get(EN_QUIZ).select(".quiz-range").eachText());
        assertEquals(pages.get(PL_QUIZ).select("input[data-points]").eachAttr("value"), pages.get(EN_QUIZ).select("input[data-points]").eachAttr("value"),
                "the same statement ids in both languages");
    }

    @Test
    void quizIsLinkedFromBothHomePages() {
        assertFalse(pages.get("pl/index.html").select("a[href=/pl/test-klienta/]").isEmpty(), "the Polish home page links the quiz");
        assertFalse(pages.get("en/index.html").select("a[href=/en/client-quiz/]").isEmpty(), "the English home page links the quiz");
    }

    static Map<String, String> alternates(Document doc) {
        Map<String, String> result = new TreeMap<>();
        doc.select("link[rel=alternate][hreflang]").forEach(l -> result.put(l.attr("hreflang"), l.attr("href")));
        return result;
    }

    /** The built page served at a URL of the site (absolute or root-relative), or null. */
    static Document pageAt(String url) {
        String path = url.startsWith(HOST) ? url.substring(HOST.length()) : url;
        path = path.replaceFirst("[#?].*", "").substring(1);
        Document doc = pages.get(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        return doc != null ? doc : pages.get(path + "/index.html");
    }
}
