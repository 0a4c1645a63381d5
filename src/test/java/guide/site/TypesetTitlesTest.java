package guide.site;

import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article's title and summary, and the guide's name, read the same wherever a reader meets them
 * outside the page's text: the browser tab, a link preview (Open Graph), a search result's
 * structured data, a share link, a feed reader and the social card, typeset as the page's heading
 * is, in each language's rules.
 */
class TypesetTitlesTest {
    private static final String TITLE = "It\u2019s \u201cdone\u201d: a client\u2019s story";
    private static final String SITE_NAME = "The Freelancer\u2019s Guide";

    @TempDir
    static Path project;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        ProjectFixture.copyProject(project);
        ProjectFiles.save(project, "jbake.properties", s -> s
                .replace("site.language.pl.typography=single-letter-words,numbers", "site.language.pl.typography=single-letter-words,numbers,quotes")
                + "\nsite.language.en.typography=quotes\n");
        ProjectFiles.save(project, "content/authors.yaml", s -> s
                .replace("en: The test editors", "en: \"The guide's editors\"")
                .replace("en: \"The editors check every text.\"", "en: \"The editors check every text's facts.\""));
        Files.writeString(project.resolve("content/en/its-done.md"), """
                title=It's "done": a client's story
                date=2026-11-20
                translationKey=its-done
                type=post
                status=published
                author=redakcja
                summary=What "done" means when it's the client's call.
                ~~~~~~

                A short story.
                """, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("content/pl/rozmowa.md"), """
                title=Rozmowa z klientem o "terminie"
                date=2026-11-20
                translationKey=rozmowa
                type=post
                status=published
                author=redakcja
                summary=Jak ustalić termin w 5 minut.
                ~~~~~~

                Krótka historia.
                """, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("content/en/paid-in-30-days.md"), """
                title=Paid in 30\u202Fdays
                date=2026-11-20
                translationKey=paid-in-30-days
                type=post
                status=published
                author=redakcja
                summary=A narrow no-break space typed in a title.
                ~~~~~~

                A short story.
                """, StandardCharsets.UTF_8);
        site = project.resolve("target/site");
        try {
            new SiteBuilder(project).build(site);
        } catch (BuildFailure e) {
            throw new AssertionError("the project must build: " + e.problems(), e);
        }
    }

    @Test
    void theBrowserTabLinkPreviewAndStructuredDataShowTheTypesetTitle() throws Exception {
        Document page = html("en/its-done/index.html");
        assertEquals(TITLE, page.selectFirst("h1").text(), "the heading, typeset by the page's own pass");
        assertEquals(TITLE + " | " + SITE_NAME, page.title());
        assertEquals(TITLE, page.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals(SITE_NAME, page.selectFirst("meta[property=og:site_name]").attr("content"));
        assertEquals("What \u201cdone\u201d means when it\u2019s the client\u2019s call.", page.selectFirst("meta[name=description]").attr("content"));
        assertEquals(TITLE + " \u2013 " + SITE_NAME, page.selectFirst("meta[property=og:image:alt]").attr("content"), "the social card's words");
        String structured = page.selectFirst("script[type=application/ld+json]").data();
        assertTrue(structured.contains("\"headline\":\"" + TITLE + "\""), structured);
        assertTrue(structured.contains("\"name\":\"The guide\u2019s editors\",\"description\":\"The editors check every text\u2019s facts.\""), structured);
        assertEquals("The guide\u2019s editors", page.selectFirst(".author-bio .author-name").text(), "the author card, as the structured data");
    }

    @Test
    void aShareLinkSendsTheTypesetTitle() throws Exception {
        Document page = html("en/its-done/index.html");
        String x = page.selectFirst(".share a[href^=https://x.com/]").attr("href");
        assertTrue(x.contains("text=It%E2%80%99s+%E2%80%9Cdone%E2%80%9D") || x.contains("text=It%E2%80%99s%20%E2%80%9Cdone%E2%80%9D"), x);
        assertEquals(TITLE, page.selectFirst("[data-share-native] button").attr("data-title"));
    }

    /** A mail subject or a post's text gets ordinary spaces, not the page's no-break ones as "%C2%A0". */
    @Test
    void aShareLinkSendsTheTitleWithOrdinarySpaces() throws Exception {
        Document page = html("pl/rozmowa/index.html");
        String mail = page.selectFirst(".share a[href^=mailto:]").attr("href");
        assertTrue(mail.startsWith("mailto:?subject=Rozmowa%20z%20klientem%20o%20%E2%80%9Eterminie%E2%80%9D&body="), mail);
        for (String href : page.select(".share a").eachAttr("href")) {
            assertFalse(href.contains("%C2%A0") || href.contains("%E2%80%AF"), href);
        }
        Document narrow = html("en/paid-in-30-days/index.html");
        assertEquals("Paid in 30\u202Fdays", narrow.selectFirst("h1").wholeText(), "the page keeps the space as typed");
        String x = narrow.selectFirst(".share a[href^=https://x.com/]").attr("href");
        assertTrue(x.endsWith("&text=Paid%20in%2030%20days"), x);
        assertTrue(narrow.selectFirst(".share a[href^=mailto:]").attr("href").startsWith("mailto:?subject=Paid%20in%2030%20days&"));
    }

    @Test
    void aFeedReaderShowsTheTypesetTitleSummaryAndGuideName() throws Exception {
        Document feed = Jsoup.parse(Files.readString(site.resolve("en/feed.xml"), StandardCharsets.UTF_8), "", Parser.xmlParser());
        assertEquals(SITE_NAME, feed.selectFirst("feed > title").text());
        assertTrue(feed.select("entry > title").eachText().contains(TITLE), feed.select("entry > title").eachText().toString());
        assertTrue(feed.select("entry > summary").eachText().contains("What \u201cdone\u201d means when it\u2019s the client\u2019s call."));
        assertTrue(feed.select("entry > author > name").eachText().contains("The guide\u2019s editors"), feed.select("entry > author").toString());
    }

    @Test
    void aPolishTitleKeepsItsOneLetterWordsWithTheNextAndGetsPolishQuotes() throws Exception {
        Document page = html("pl/rozmowa/index.html");
        String title = "Rozmowa z\u00a0klientem o\u00a0\u201eterminie\u201d";
        assertEquals(title, page.selectFirst("h1").wholeText());
        assertTrue(page.selectFirst("title").wholeText().startsWith(title + " | "), page.title());
        assertEquals(title, page.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("Jak ustalić termin w\u00a05\u00a0minut.", page.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void aLanguageWithoutTheQuotesRuleKeepsItsTitleAsTyped(@TempDir Path plain) throws Exception {
        ProjectFixture.copyProject(plain);
        Files.writeString(plain.resolve("content/en/its-done.md"), """
                title=It's "done"
                date=2026-11-20
                translationKey=its-done
                type=post
                status=published
                author=redakcja
                summary=A short story.
                ~~~~~~

                A short story.
                """, StandardCharsets.UTF_8);
        try {
            new SiteBuilder(plain).build(plain.resolve("target/site"));
        } catch (BuildFailure e) {
            throw new AssertionError("the project must build: " + e.problems(), e);
        }
        Document page = Jsoup.parse(plain.resolve("target/site/en/its-done/index.html").toFile(), "UTF-8");
        assertEquals("It's \"done\" | The Freelancer's Guide", page.title());
        assertEquals("It's \"done\"", page.selectFirst("meta[property=og:title]").attr("content"));
    }

    private static Document html(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }
}
