package guide.serve;

import guide.site.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor renaming a draft the preview shows, without a browser, while builds pass: the tab left on the draft's old address
 * reloads after the build and is sent on (307) to the draft's new address, not "Page not found"; renamed again, to its
 * newest; and once another draft takes the old address, that draft is shown there; deleted, it leaves its old addresses "Page not
 * found", not a redirect to one. The published site holds no trace of it.
 */
class RenamedDraftPreviewTest {
    private static final String DRAFT = DraftProblemsPreviewTest.DRAFT;

    @Test
    @Timeout(120)
    void aDraftRenamedAfterAGoodBuildSendsItsOldAddressToItsNewOne(@TempDir Path tmp) throws Exception {
        try (TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path content = preview.project().resolve("content/en");
            ProjectFiles.writeWhole(content.resolve("deposits.md"), DRAFT + "First version.\n");
            preview.awaitBody("/en/deposits/", "First version.");

            Files.move(content.resolve("deposits.md"), content.resolve("deposit-rules.md"));
            preview.awaitBody("/en/deposit-rules/", "First version.");
            HttpResponse<String> old = preview.awaitStatus("/en/deposits/", 307);
            assertEquals(Optional.of("/en/deposit-rules/"), old.headers().firstValue("Location"),
                    "the tab left on the renamed draft's old address is sent to its new one: " + old.headers().map());
            assertEquals(Optional.of("/en/deposits/"), preview.awaitStatus("/en/deposits", 301).headers().firstValue("Location"));

            Files.move(content.resolve("deposit-rules.md"), content.resolve("deposit-terms.md"));
            preview.awaitBody("/en/deposit-terms/", "First version.");
            assertEquals(Optional.of("/en/deposit-terms/"), preview.awaitStatus("/en/deposits/", 307).headers().firstValue("Location"),
                    "renamed twice: the first address leads to the newest");
            assertEquals(Optional.of("/en/deposit-terms/"), preview.awaitStatus("/en/deposit-rules/", 307).headers().firstValue("Location"));
            Path site = preview.output();
            assertFalse(Files.exists(site.resolve("en/deposits")), "no page for the old address in the site");
            assertFalse(Files.readString(site.resolve("_redirects"), StandardCharsets.UTF_8).contains("/en/deposits"), "no redirect in the site");

            // Another draft at the old file: it is shown there, and is not sent on.
            ProjectFiles.writeWhole(content.resolve("deposits.md"), DRAFT.replace("title=Deposits, drafted", "title=Deposits for designers")
                    .replace("translationKey=deposits", "translationKey=designer-deposits") + "Another draft.\n");
            preview.awaitBody("/en/deposits/", "Another draft.");
            assertTrue(preview.awaitStatus("/en/deposits/", 200).body().contains("Another draft."));
            assertEquals(Optional.of("/en/deposit-terms/"), preview.awaitStatus("/en/deposit-rules/", 307).headers().firstValue("Location"));

            // The renamed draft deleted: its former address is "Page not found" itself, not a redirect to one.
            Files.delete(content.resolve("deposit-terms.md"));
            preview.awaitStatus("/en/deposit-terms/", 404);
            assertEquals(404, preview.awaitStatus("/en/deposit-rules/", 404).statusCode());
        }
    }
}
