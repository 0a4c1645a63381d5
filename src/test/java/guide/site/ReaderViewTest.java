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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What reader views and read-later apps (Mozilla's Readability, in Firefox and many apps) take from a page's
 * markup besides its text: the byline. Without {@code <meta name="author">} Readability takes the first
 * element whose class or id says "author" and is short: the author box's heading, "O autorze".
 */
class ReaderViewTest {
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = ProjectFixture.builtSite();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void anArticleNamesItsAuthorForReaderViews() throws IOException {
        for (String path : new String[] {BuiltSiteTest.PL_ARTICLE, BuiltSiteTest.EN_ARTICLE}) {
            Document doc = page(path);
            Element author = doc.selectFirst("head meta[name=author]");
            assertNotNull(author, path + " names no author in its <head>: a reader view shows the author box's heading as the byline");
            assertEquals(doc.selectFirst("#author .author-name").text(), author.attr("content"), path);
        }
    }
}
