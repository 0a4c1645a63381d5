package guide.serve;

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
        }
    }
}
