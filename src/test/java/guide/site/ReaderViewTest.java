package guide.site;

import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What reader views and read-later apps (Mozilla's Readability, in Firefox and many apps) take from a page's
 * markup besides its text block. The byline: without {@code <meta name="author">} Readability takes the first
 * element whose class or id says "author" and is short: the author box's heading, "O autorze". The legal notice:
 * Readability keeps the element that holds most of the text (the article's {@code .prose}) and, of its siblings,
 * only those that score as text themselves or are paragraphs ({@code sibling.nodeName === "P"}) of more than 80
 * characters with few links ({@code nodeLength > 80 && linkDensity < 0.25}); the article's {@code <header>} is
 * neither, so a notice inside it never reaches the reader view (Readability.js, {@code _grabArticle}). The quiz's
 * statements: before dropping controls, Readability drops every {@code <fieldset>} with fewer than 10 commas and more
 * than one control per three paragraphs ({@code _cleanConditionally(articleContent, "fieldset")}, "Too many inputs per
 * p"), that is every sign's group of checkboxes, statements and all; a {@code <div role="group">} is looked at only
 * after the controls are gone.
 */
class ReaderViewTest {
    @TempDir
    static Path temp;
    static Path site;
    static Path realSite;

    @BeforeAll
    static void build() throws Exception {
        site = ProjectFixture.builtSite();
        realSite = temp.resolve("site");
        new SiteBuilder(ProjectFixture.projectDir()).build(realSite);
    }

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve(path), StandardCharsets.UTF_8));
    }

    /** The real content's built pages by their path in the site, {@code pl/.../index.html}. */
    static Map<String, Document> realPages() throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(realSite)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".html"))::iterator) {
                String path = realSite.relativize(p).toString().replace('\\', '/');
                pages.put(path, page(realSite, path));
            }
        }
        return pages;
    }

    @Test
    void anArticleNamesItsAuthorForReaderViews() throws IOException {
        for (String path : new String[] {BuiltSiteTest.PL_ARTICLE, BuiltSiteTest.EN_ARTICLE}) {
            Document doc = page(site, path);
            Element author = doc.selectFirst("head meta[name=author]");
            assertNotNull(author, path + " names no author in its <head>: a reader view shows the author box's heading as the byline");
            assertEquals(doc.selectFirst("#author .author-name").text(), author.attr("content"), path);
        }
    }

    @Test
    void theLegalNoticeIsAParagraphBesideTheTextThatReaderViewsKeep() throws IOException {
        int notices = 0;
        for (Map.Entry<String, Document> page : realPages().entrySet()) {
            Document doc = page.getValue();
            for (Element notice : doc.select(".legal-notice")) {
                String where = "target/site/" + page.getKey() + ": the legal notice \"" + notice.text() + "\"";
                assertNull(notice.closest("header"), where + " is in the page's <header>, which reader views leave out");
                assertEquals("p", notice.normalName(), where);
                Element text = doc.selectFirst("[data-prose]");
                assertSame(text.parent(), notice.parent(), where + " is not beside the page's text block ([data-prose])");
                assertTrue(notice.text().length() > 80, where + " is 80 characters or fewer: reader views keep a paragraph beside the text only if longer");
                assertTrue(notice.select("a").isEmpty(), where + " has a link: reader views drop a paragraph beside the text with many");
                notices++;
            }
        }
        assertFalse(notices == 0, "the real content has pages that state the law");
    }

    @Test
    void noQuizStatementIsInAFieldsetThatReaderViewsDrop() throws IOException {
        int statements = 0;
        for (Map.Entry<String, Document> page : realPages().entrySet()) {
            for (Element statement : page.getValue().select(".quiz-text")) {
                assertNull(statement.closest("fieldset"), "target/site/" + page.getKey() + ": the statement \"" + statement.text()
                        + "\" is in a <fieldset>, which reader views drop with its checkboxes");
                statements++;
            }
        }
        assertFalse(statements == 0, "the real content has a quiz");
    }
}
