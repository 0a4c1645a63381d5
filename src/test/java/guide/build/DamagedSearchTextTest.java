package guide.build;

import guide.html.SearchableText;
import guide.search.PageText;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's search text kept in the page cache that no longer matches what was saved (a damaged cache file) is one more damaged
 * cache: the next build renders every page again and succeeds. Before, it reused the page and failed in the search index with
 * "damaged search text", naming neither the page nor the cache file, until someone deleted the file by hand.
 */
class DamagedSearchTextTest {
    @Test
    void aDamagedSearchTextInThePageCacheMeansAFullBuild(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        Path page = output.resolve("pl/jak-wystawic-fakture/index.html");
        String before = Files.readString(page);
        PageText text = SearchableText.of(Jsoup.parse(before)).orElseThrow();
        int length = 0;
        for (PageText.Section s : text.sections()) {
            length += (s.anchor() + "." + s.heading() + "." + s.text() + ".").getBytes(StandardCharsets.UTF_8).length;
        }
        Path cache = PageCache.cacheFile(output);
        byte[] bytes = Files.readAllBytes(cache);
        byte[] saved = ByteBuffer.allocate(4).putInt(length).array();
        int at = -1;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 4, saved, 0, 4)) {
                assertEquals(-1, at, "the page's text length is in the cache once");
                at = i;
            }
        }
        assertTrue(at > 0, "the page's text length is in the cache");
        bytes[at + 3]++; // one byte more than its packed text holds
        Files.write(cache, bytes);
        ProjectFiles.save(project, "content/pl/o-przewodniku.md", body -> body + "\nJeszcze jedno zdanie.\n");

        BuildReport report = new SiteBuilder(project).build(output);
        assertEquals(0, report.reused(), report.summary(project));
        assertEquals(before, Files.readString(page));
        assertTrue(Files.readString(output.resolve("pl/o-przewodniku/index.html")).contains("Jeszcze jedno zdanie."));
    }
}
