package guide.site;

import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A language with no articles of its own yet, as a newly added one is (README, "Add a language"):
 * its home page shows no empty "Latest articles" heading, and still lists the other languages' articles.
 */
class HomeWithoutArticlesTest {
    @TempDir
    Path project;

    @Test
    void aHomePageWithoutArticlesHasNoEmptyListOfThem() throws Exception {
        ProjectFixture.copyProject(project);
        for (String article : new String[]{"content/en/how-to-send-an-invoice.md", "content/en/pricing-a-project.md"}) {
            ProjectFiles.save(project, article, s -> s.replace("status=published", "status=draft"));
        }
        ProjectFiles.save(project, "content/en/client-quiz.md", s -> s.replace("/en/how-to-send-an-invoice/", "/pl/jak-wystawic-fakture/").replace("/en/pricing-a-project/", "/pl/jak-wycenic-projekt/"));
        Path site = project.resolve("target/site");
        new SiteBuilder(project).build(site);

        Document home = Jsoup.parse(Files.readString(site.resolve("en/index.html"), StandardCharsets.UTF_8));
        assertNull(home.getElementById("articles-title"), "no 'Latest articles' heading over nothing: " + home.select("main h2").eachText());
        assertTrue(home.select(".other-languages li").size() >= 2, home.select(".other-languages").text());
        Document pl = Jsoup.parse(Files.readString(site.resolve("pl/index.html"), StandardCharsets.UTF_8));
        assertTrue(pl.getElementById("articles-title") != null && !pl.select("[aria-labelledby=articles-title] .card").isEmpty(),
                "a language with articles keeps its list");
    }
}
