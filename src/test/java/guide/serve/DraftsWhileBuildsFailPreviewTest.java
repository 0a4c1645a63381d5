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
 * An editor previewing a draft while builds fail, without a browser: a draft added while a build fails before it reads the
 * content (a bad setting) says at its address why it waits, and a draft renamed while builds fail does so at its new address,
 * while its old one no longer shows the last good build's page: it sends the reader to the new one while the draft there has
 * the old one's title or translationKey, and is "Page not found" once it has neither. A shown draft whose address a setting
 * changed while builds fail (its language's transliteration) sends its old address to its new one too, and goes on doing so
 * after the next good build. A draft renamed twice while builds fail sends the address it waited at to its newest, as it would
 * had the builds passed, and goes on doing so when it is renamed again in the save that fixes the build.
 */
class DraftsWhileBuildsFailPreviewTest {
    private static final String DRAFT = DraftProblemsPreviewTest.DRAFT;
    private static final String FAILED = "Build failed; still serving the last good build.";
    /** A paragraph that stops every build: a link to no page. */
    private static final String BROKEN_LINK = "\nSee [our contracts](/en/contracts/).\n";

    @Test
    @Timeout(120)
    void aDraftAddedWhileTheSettingsStopEveryBuildSaysAtItsAddressWhyItWaits(@TempDir Path tmp) throws Exception {
        try (PreviewErrors console = PreviewErrors.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path settings = preview.project().resolve("jbake.properties");
            String whole = failWith(console, settings, "site.home.latest=ten\n");
            ProjectFiles.writeWhole(preview.project().resolve("content/en/deposits.md"), DRAFT + "First version.\n");

            HttpResponse<String> page = preview.awaitStatus("/en/deposits/", 500);
            String body = page.body();
            assertTrue(body.contains("<h1>This draft waits for a good build</h1>"), body);
            assertTrue(body.contains("<code>content/en/deposits.md</code> is a draft"), body);
            int line = whole.lines().toList().size() + 1;
            assertTrue(body.contains("<li><code>jbake.properties:" + line + ": site.home.latest must be a whole number of at least 1 (found &apos;ten&apos;)"), body);
            assertTrue(body.contains("/__guide/live.js?build="), "the page turns into the draft after a good build: " + body);
            String said = "    content/en/deposits.md: draft, not published; its page waits for a good build: see why at http://localhost:"
                    + preview.port() + "/en/deposits/";
            console.awaitLine(said);
            preview.awaitStatus("/en/deposits/", 500);
            assertEquals(1, console.count(said), "said once a build, not at each request: " + console.said());

            ProjectFiles.writeWhole(settings, whole);
            preview.awaitBody("/en/deposits/", "First version.");
            assertEquals(200, preview.awaitStatus("/en/deposits/", 200).statusCode());
        }
    }

    @Test
    @Timeout(120)
    void aDraftRenamedWhileBuildsFailWaitsAtItsNewAddressAndLeavesItsOldOne(@TempDir Path tmp) throws Exception {
        try (PreviewErrors console = PreviewErrors.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path project = preview.project();
            Path draft = project.resolve("content/en/deposits.md");
            ProjectFiles.writeWhole(draft, DRAFT + "First version.\n");
            preview.awaitBody("/en/deposits/", "First version.");
            Path about = project.resolve("content/en/about.md");
            String whole = failWith(console, about, BROKEN_LINK);

            Files.move(draft, project.resolve("content/en/deposit-rules.md"));
            HttpResponse<String> page = preview.awaitStatus("/en/deposit-rules/", 500);
            assertTrue(page.body().contains("<h1>This draft waits for a good build</h1>"), page.body());
            assertTrue(page.body().contains("<code>content/en/deposit-rules.md</code> is a draft"), page.body());
            assertTrue(page.body().matches("(?s).*<li><code>content/en/about\\.md:\\d+: broken link[^<]*/en/contracts/.*"), page.body());
            HttpResponse<String> old = preview.awaitStatus("/en/deposits/", 307);
            assertEquals(Optional.of("/en/deposit-rules/"), old.headers().firstValue("Location"),
                    "the renamed draft's old address sends the reader to its new one, where it waits: " + old.headers().map());
            assertEquals(Optional.of("/en/deposits/"), preview.awaitStatus("/en/deposits", 301).headers().firstValue("Location"),
                    "its old address without the final slash leads there too");
            String said = "    content/en/deposit-rules.md: draft, not published; its page waits for a good build: see why at http://localhost:"
                    + preview.port() + "/en/deposit-rules/";
            console.awaitLine(said);

            // Another title and translationKey: the preview can no longer tell the draft there is the one shown before.
            ProjectFiles.writeWhole(project.resolve("content/en/deposit-rules.md"),
                    DRAFT.replace("title=Deposits, drafted", "title=Advance payments").replace("translationKey=deposits", "translationKey=advance") + "Second.\n");
            HttpResponse<String> lost = preview.awaitStatus("/en/deposits/", 404);
            assertFalse(lost.body().contains("First version."), "the renamed draft's last good page is gone from its old address: " + lost.body());

            ProjectFiles.writeWhole(about, whole);
            preview.awaitBody("/en/deposit-rules/", "Second.");
            assertEquals(200, preview.awaitStatus("/en/deposit-rules/", 200).statusCode());
        }
    }

    @Test
    @Timeout(120)
    void aDraftRenamedTwiceWhileBuildsFailSendsTheAddressItWaitedAtToItsNewest(@TempDir Path tmp) throws Exception {
        try (PreviewErrors console = PreviewErrors.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path content = preview.project().resolve("content/en");
            ProjectFiles.writeWhole(content.resolve("deposits.md"), DRAFT + "First version.\n");
            preview.awaitBody("/en/deposits/", "First version.");
            Path about = content.resolve("about.md");
            String whole = failWith(console, about, BROKEN_LINK);

            Files.move(content.resolve("deposits.md"), content.resolve("deposit-rules.md"));
            preview.awaitStatus("/en/deposit-rules/", 500);
            Files.move(content.resolve("deposit-rules.md"), content.resolve("deposit-terms.md"));
            preview.awaitStatus("/en/deposit-terms/", 500);
            HttpResponse<String> middle = preview.awaitStatus("/en/deposit-rules/", 307);
            assertEquals(Optional.of("/en/deposit-terms/"), middle.headers().firstValue("Location"),
                    "the tab left where the draft waited is sent to where it waits now: " + middle.headers().map());
            assertEquals(Optional.of("/en/deposit-terms/"), preview.awaitStatus("/en/deposits/", 307).headers().firstValue("Location"));

            ProjectFiles.writeWhole(about, whole);
            preview.awaitBody("/en/deposit-terms/", "First version.");
            assertEquals(Optional.of("/en/deposit-terms/"), preview.awaitStatus("/en/deposit-rules/", 307).headers().firstValue("Location"),
                    "after the good build too, as had the builds passed");
            assertFalse(Files.readString(preview.output().resolve("_redirects"), StandardCharsets.UTF_8).contains("/en/deposit-rules"),
                    "no redirect in the site");
        }
    }

    @Test
    @Timeout(120)
    void aDraftRenamedInTheSaveThatFixesTheBuildSendsEveryAddressItWaitedAtToItsNewest(@TempDir Path tmp) throws Exception {
        try (PreviewErrors console = PreviewErrors.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path content = preview.project().resolve("content/en");
            ProjectFiles.writeWhole(content.resolve("deposits.md"), DRAFT + "First version.\n");
            preview.awaitBody("/en/deposits/", "First version.");
            Path about = content.resolve("about.md");
            String whole = failWith(console, about, BROKEN_LINK);
            Files.move(content.resolve("deposits.md"), content.resolve("deposit-rules.md"));
            preview.awaitStatus("/en/deposit-rules/", 500);
            Files.move(content.resolve("deposit-rules.md"), content.resolve("deposit-terms.md"));
            preview.awaitStatus("/en/deposit-terms/", 500);

            // Renamed once more and the build fixed in one go: the next build is good, and no failed build read deposit-plans.md.
            Files.move(content.resolve("deposit-terms.md"), content.resolve("deposit-plans.md"));
            ProjectFiles.writeWhole(about, whole);
            preview.awaitBody("/en/deposit-plans/", "First version.");
            for (String path : new String[] {"/en/deposit-rules/", "/en/deposit-terms/", "/en/deposits/"}) {
                HttpResponse<String> former = preview.awaitStatus(path, 307);
                assertEquals(Optional.of("/en/deposit-plans/"), former.headers().firstValue("Location"), path + ": " + former.headers().map());
            }
        }
    }

    @Test
    @Timeout(120)
    void aShownDraftWhoseLanguagesTransliterationChangesWhileBuildsFailSendsItsOldAddressToItsNewOne(@TempDir Path tmp) throws Exception {
        try (PreviewErrors console = PreviewErrors.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path project = preview.project();
            ProjectFiles.writeWhole(project.resolve("content/en/deposits-für-all.md"), DRAFT + "First version.\n");
            preview.awaitBody("/en/deposits-fur-all/", "First version.");
            Path about = project.resolve("content/en/about.md");
            String whole = failWith(console, about, BROKEN_LINK);

            // German's transform writes "für" as "fuer": the draft's address moves, and no published page is there.
            Path settings = project.resolve("jbake.properties");
            ProjectFiles.writeWhole(settings, Files.readString(settings, StandardCharsets.UTF_8) + "site.language.en.transliteration=de-ASCII\n");
            HttpResponse<String> old = preview.awaitStatus("/en/deposits-fur-all/", 307);
            assertEquals(Optional.of("/en/deposits-fuer-all/"), old.headers().firstValue("Location"), old.headers().map().toString());
            HttpResponse<String> page = preview.awaitStatus("/en/deposits-fuer-all/", 500);
            assertTrue(page.body().contains("<code>content/en/deposits-für-all.md</code> is a draft"), page.body());
            console.awaitLine("    content/en/deposits-für-all.md: draft, not published; its page waits for a good build: see why at http://localhost:"
                    + preview.port() + "/en/deposits-fuer-all/");

            ProjectFiles.writeWhole(about, whole);
            preview.awaitBody("/en/deposits-fuer-all/", "First version.");
            assertEquals(Optional.of("/en/deposits-fuer-all/"), preview.awaitStatus("/en/deposits-fur-all/", 307).headers().firstValue("Location"),
                    "after the good build too, for the tab left on the old address");
        }
    }

    /** Adds {@code added} to the end of {@code file}, which stops every build, and waits for the console to say the build failed; returns the file's text before. */
    private static String failWith(PreviewErrors console, Path file, String added) throws Exception {
        String whole = Files.readString(file, StandardCharsets.UTF_8);
        ProjectFiles.writeWhole(file, whole + added);
        console.awaitLine(FAILED);
        return whole;
    }
}
