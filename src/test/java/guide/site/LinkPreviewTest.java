package guide.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The test site's pages as a social network's link preview reads them: the Open Graph and X tags in
 * each page's head say what is true of that page's address.
 */
class LinkPreviewTest {
    static Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        Path site = ProjectFixture.builtSite();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".html"))::iterator) {
                pages.put(site.relativize(p).toString().replace('\\', '/'), Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
    }

    /**
     * Facebook reads og:locale:alternate as "this address serves these locales too" and fetches the
     * address again with ?fb_locale=: true of the root pages, which show every language at one
     * address, and of no language's page, whose translations have addresses of their own.
     */
    @Test
    void onlyTheRootPagesNameTheOtherLanguagesAsLocaleAlternates() {
        pages.forEach((path, doc) -> {
            List<String> alternates = doc.select("meta[property=og:locale:alternate]").eachAttr("content");
            if (path.equals("index.html") || path.equals("404.html")) {
                assertEquals(List.of("pl_PL"), doc.select("meta[property=og:locale]").eachAttr("content"), path);
                assertEquals(List.of("en_GB"), alternates, path + ": the root page shows English at its own address too");
            } else {
                assertEquals(List.of(), alternates, path + ": its other languages have addresses of their own");
            }
        });
    }

    /** An article gives previews the dates its header shows: published, and updated only once it has been. */
    @Test
    void anArticleGivesItsDatesAsItsHeaderShowsThem() {
        Document revised = pages.get("pl/zaliczka-czy-zadatek/index.html");
        assertEquals(List.of("2026-01-20", "2026-03-25"), List.of(revised.select("meta[property=article:published_time]").attr("content"),
                revised.select("meta[property=article:modified_time]").attr("content")));
        Document unrevised = pages.get("pl/jak-wystawic-fakture/index.html");
        assertEquals("2026-03-10", unrevised.select("meta[property=article:published_time]").attr("content"));
        assertEquals(List.of(), unrevised.select("meta[property=article:modified_time]").eachAttr("content"), "never updated");
        assertEquals(List.of(), pages.get("pl/o-przewodniku/index.html").select("meta[property^=article:]").eachAttr("content"),
                "a standing page is no article");
    }

    /** X reads no og:image:alt (its documented fallbacks are the title, description and image): the picture's alt text goes to it too. */
    @Test
    void everySharePictureHasItsAltTextForXToo() {
        assertFalse(pages.isEmpty());
        pages.forEach((path, doc) -> {
            Element ogAlt = doc.selectFirst("meta[property=og:image:alt]");
            Element xAlt = doc.selectFirst("meta[name=twitter:image:alt]");
            assertEquals(ogAlt == null ? null : ogAlt.attr("content"), xAlt == null ? null : xAlt.attr("content"), path);
            assertFalse(ogAlt == null, path + " has no share picture");
        });
    }
}
