package guide.serve;

import guide.dashboard.PageOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A dashboard download with nothing in it (an address typed or kept from before, for a language the project has not) says
 * what was asked for: the zip of everything to translate is a language's, so its answer names no page.
 */
class EmptyDownloadsTest {
    @TempDir
    Path temp;

    @Test
    void theZipOfALanguageNamesNoPage() throws Exception {
        try (DashboardFixture preview = new DashboardFixture(temp.resolve("project"))) {
            assertEquals("404 nothing to export for this language", answer(preview, PageOptions.XLIFF_ZIP + "?to=xx"));
            assertEquals("404 nothing to export for this page and language",
                    answer(preview, PageOptions.XLIFF + "?source=" + DashboardFixture.PRICING_PL + "&to=xx"));
        }
    }

    private static String answer(DashboardFixture preview, String address) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview.base() + address)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return answer.statusCode() + " " + answer.body().strip();
    }
}
