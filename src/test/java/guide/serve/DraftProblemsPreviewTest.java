package guide.serve;

import guide.site.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor previewing a draft, without a browser: a draft whose page the build cannot make (here a {@code <script>} in its
 * text) shows what stops it at its own address, not "Page not found", and the console says where; after a failed build the
 * draft is still shown, as the last good build made it, and the panel's and console's line says so.
 */
class DraftProblemsPreviewTest {
    /** A draft article, {@code content/en/deposits.md}, down to its first paragraph: each case adds its own. */
    static final String DRAFT = """
            title=Deposits, drafted
            date=2026-12-01
            type=post
            status=draft
            translationKey=deposits
            author=redakcja
            summary=When to ask for a deposit.
            ~~~~~~

            A deposit protects you from a client who vanishes.

            """;

    @Test
    @Timeout(120)
    void aDraftWhosePageCannotBeMadeShowsWhatStopsItAtItsAddress(@TempDir Path tmp) throws Exception {
        Path draft = tmp.resolve("project/content/en/deposits.md");
        try (PreviewConsole console = PreviewConsole.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            String address = "http://localhost:" + preview.port() + "/en/deposits/";
            List<String> said = console.saidAfter(() -> ProjectFiles.writeWhole(draft, DRAFT + "<script>alert('hi')</script>\n"));

            assertTrue(said.get(0).startsWith("Build 2: "), "the build succeeds, as a draft is not published: " + said);
            assertTrue(said.contains("    content/en/deposits.md: draft, not published; its page cannot be made yet: see why at " + address), said.toString());
            HttpResponse<String> page = preview.awaitStatus("/en/deposits/", 500);
            String body = page.body();
            assertTrue(body.contains("<h1>This draft cannot be shown yet</h1>"), body);
            assertTrue(body.contains("<code>content/en/deposits.md</code> is a draft"), body);
            assertTrue(body.contains("<li><code>content/en/deposits.md:12: unsafe HTML: &lt;script&gt; element is not allowed in content"), body);
            assertTrue(body.contains("/__guide/live.js?build="), "the page reloads after the next build: " + body);
            assertFalse(body.contains("Page not found"), body);

            ProjectFiles.writeWhole(draft, DRAFT + "Ask before you start.\n");
            preview.awaitBody("/en/deposits/", "Ask before you start.");
            assertEquals(200, preview.awaitStatus("/en/deposits/", 200).statusCode());
        }
    }

    @Test
    @Timeout(120)
    void afterAFailedBuildTheDraftIsTheLastGoodBuildsAndItsLineSaysSo(@TempDir Path tmp) throws Exception {
        try (TestSitePreview preview = TestSitePreview.start(tmp.resolve("project")); LiveStates live = LiveStates.listen(preview.port())) {
            Path project = preview.project();
            ProjectFiles.writeWhole(project.resolve("content/en/deposits.md"), DRAFT + "First version.\n");
            preview.awaitBody("/en/deposits/", "First version.");

            Path about = project.resolve("content/en/about.md");
            ProjectFiles.writeWhole(about, Files.readString(about, StandardCharsets.UTF_8) + "\nSee [our contracts](/en/contracts/).\n");
            String address = "http://localhost:" + preview.port() + "/en/deposits/";
            String line = "content/en/deposits.md: draft, not published; preview it as the last good build made it at " + address;
            long until = System.nanoTime() + 30_000_000_000L;
            while (live.heard().stream().noneMatch(state -> state.contains("broken link")) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            String failed = live.heard().get(live.heard().size() - 1);
            assertTrue(failed.contains("broken link"), live.heard().toString());
            assertTrue(failed.contains(line.replace("/", "\\/")), failed);
            preview.awaitBody("/en/deposits/", "First version.");
        }
    }

    @Test
    @Timeout(120)
    void aDraftAddedWhileBuildsFailSaysAtItsAddressWhyItWaits(@TempDir Path tmp) throws Exception {
        try (PreviewErrors console = PreviewErrors.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path project = preview.project();
            Path about = project.resolve("content/en/about.md");
            String whole = Files.readString(about, StandardCharsets.UTF_8);
            ProjectFiles.writeWhole(about, whole + "\nSee [our contracts](/en/contracts/).\n");
            console.awaitLine("Build failed; still serving the last good build.");
            ProjectFiles.writeWhole(project.resolve("content/en/deposits.md"), DRAFT + "First version.\n");

            HttpResponse<String> page = preview.awaitStatus("/en/deposits/", 500);
            String body = page.body();
            assertTrue(body.contains("<h1>This draft waits for a good build</h1>"), body);
            assertTrue(body.contains("The last build failed before this draft's page was made"), body);
            assertTrue(body.matches("(?s).*<li><code>content/en/about\\.md:\\d+: broken link[^<]*/en/contracts/.*"), body);
            assertTrue(body.contains("/__guide/live.js?build="), "the page turns into the draft after a good build: " + body);
            console.awaitLine("    content/en/deposits.md: draft, not published; its page waits for a good build: see why at http://localhost:"
                    + preview.port() + "/en/deposits/");

            ProjectFiles.writeWhole(about, whole);
            preview.awaitBody("/en/deposits/", "First version.");
            assertEquals(200, preview.awaitStatus("/en/deposits/", 200).statusCode());
        }
    }
}
