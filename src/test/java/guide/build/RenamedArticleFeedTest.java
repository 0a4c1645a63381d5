package guide.build;

import guide.site.CliBuild;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * An article renamed as the README tells editors (the file moved, its old address in {@code aliases=}) keeps its
 * feed entry's id, so that feed readers, which know an entry by its id, show it as the article they have, at its
 * new address, and not as a new one.
 */
class RenamedArticleFeedTest {
    @TempDir
    Path project;

    @Test
    void aRenamedArticleKeepsItsFeedEntryId() throws IOException {
        ProjectFixture.copyProject(project);
        Element before = entry(build(), "https://guide.test/en/pricing-a-project/");
        Path content = project.resolve("content/en");
        Files.move(content.resolve("pricing-a-project.md"), content.resolve("pricing-your-work.md"));
        ProjectFiles.save(project, "content/en/pricing-your-work.md",
                s -> s.replaceFirst("status=published\n", "status=published\naliases=/en/pricing-a-project/\n"));
        for (String linking : new String[]{"content/en/how-to-send-an-invoice.md", "content/en/client-quiz.md"}) {
            ProjectFiles.save(project, linking, s -> s.replace("/en/pricing-a-project/", "/en/pricing-your-work/"));
        }
        Element after = entry(build(), "https://guide.test/en/pricing-your-work/");
        assertEquals(before.selectFirst("id").text(), after.selectFirst("id").text(), "the same entry, at its new address");
        assertEquals("tag:guide.test,2026-02-14:en/pricing", after.selectFirst("id").text());
    }

    private Document build() throws IOException {
        CliBuild build = CliBuild.run(project);
        assertEquals(0, build.exitCode(), build.err());
        return Jsoup.parse(Files.readString(project.resolve("target/site/en/feed.xml")), "", Parser.xmlParser());
    }

    private static Element entry(Document feed, String link) {
        Element entry = feed.selectFirst("entry:has(link[rel=alternate][href=" + link + "])");
        assertNotNull(entry, link + " in\n" + feed);
        return entry;
    }
}
