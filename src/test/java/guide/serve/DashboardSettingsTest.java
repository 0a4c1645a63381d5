package guide.serve;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings broken while the preview runs: the dashboard and its XLIFF downloads answer with the problems, each at its
 * line in jbake.properties, instead of an empty reply or a pointer to a console that shows nothing.
 */
class DashboardSettingsTest {
    @Test
    void theDashboardAndItsDownloadsNameTheSettingsProblem(@TempDir Path temp) throws Exception {
        try (DashboardFixture preview = new DashboardFixture(temp.resolve("project"))) {
            Files.writeString(preview.project.resolve("jbake.properties"), "\nsite.archive.pageSize=abc\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            String at = "jbake.properties:" + Files.readAllLines(preview.project.resolve("jbake.properties")).size() + ": ";
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[]{"/__guide/translations/xliff?source=" + DashboardFixture.PRICING_PL + "&to=en",
                    "/__guide/translations/xliff.zip?to=en", "/__guide/translations"}) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(preview.base() + path)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(500, answer.statusCode(), path);
                assertTrue(answer.body().contains(at + "site.archive.pageSize must be a whole number"),
                        path + ": " + answer.body());
            }
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(preview.base() + "/__guide/translations")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Document shown = Jsoup.parse(page.body());
            assertEquals("width=device-width, initial-scale=1", shown.select("meta[name=viewport]").attr("content"),
                    "legible on a phone, as the dashboard is: " + page.body());
            assertEquals(List.of("/__guide/dashboard.css"), shown.select("link[rel=stylesheet][href^=/__guide/]").eachAttr("href"),
                    "in the dashboard's own style, in light and dark");
            assertTrue(shown.select("link[rel=stylesheet]").eachAttr("href").stream().anyMatch(h -> h.matches("/css/site\\.[0-9a-f]+\\.css")),
                    "and the site's: " + page.body());
        }
    }
}
