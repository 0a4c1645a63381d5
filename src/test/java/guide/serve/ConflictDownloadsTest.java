package guide.serve;

import guide.dashboard.ImportOutcome;
import guide.dashboard.PageOptions;
import guide.site.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While a page has a merge conflict the dashboard's downloads and import do nothing and name it, as the commands do: with the
 * English pricing article unreadable, its XLIFF would be exported as for a page with no translation, and an import of it
 * would create a second English page beside the conflicted one.
 */
class ConflictDownloadsTest {
    @TempDir
    Path temp;

    @Test
    void theDownloadsAndTheImportNameTheConflictAndDoNothing() throws Exception {
        try (DashboardFixture preview = new DashboardFixture(temp.resolve("project"))) {
            byte[] xliff = preview.translatedPricingXliff();
            Path page = preview.project.resolve(DashboardFixture.PRICING_EN);
            String text = Files.readString(page, StandardCharsets.UTF_8);
            ProjectFiles.writeWhole(page, text + "\n<<<<<<< HEAD\nOne.\n=======\nTwo.\n>>>>>>> anna/pricing\n");
            String named = DashboardFixture.PRICING_EN + ":" + ((text + "\n").lines().count() + 1) + ": unresolved merge conflict (";

            for (String download : List.of(PageOptions.XLIFF_ZIP + "?to=en", PageOptions.XLIFF + "?source=" + DashboardFixture.PRICING_PL + "&to=en")) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview.base() + download)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(409, answer.statusCode(), download + ": " + answer.body());
                assertEquals("Nothing exported: resolve the merge conflicts first (1 problem).", answer.body().lines().findFirst().orElseThrow());
                assertTrue(answer.body().lines().skip(1).findFirst().orElseThrow().startsWith(named), answer.body());
            }
            var before = preview.contentSnapshot();
            ImportOutcome outcome = new DashboardImport(preview.project).run(List.of(new UploadForm.Upload("pricing.xlf", xliff)), false, Optional.empty());
            assertFalse(outcome.imported());
            assertEquals("Nothing imported: resolve the merge conflicts first (1 problem)", outcome.headline());
            assertTrue(outcome.messages().get(0).startsWith(named), outcome.messages().toString());
            assertEquals(before, preview.contentSnapshot());
        }
    }
}
