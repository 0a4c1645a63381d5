package guide.build;

import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the line after a build says about the work it did, as an editor reads it. */
class BuildSummaryTest {

    @Test
    void aRepeatedBuildAndABuildAfterThePreviewSayWhyTheyRenderedNothing(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");

        String first = new SiteBuilder(project).build(output).summary();
        assertTrue(first.matches("(?s)Built \\d+ pages into .* \\(\\d+ files rendered\\).*"), first);

        String again = new SiteBuilder(project).build(output).summary();
        assertTrue(again.contains("(nothing changed since the last build)"), again);

        // The preview rebuilds into the same folder after an edit; a build then finds every file current.
        ProjectFiles.edit(project, "content/pl/jak-wystawic-fakture.md", text -> text + "\nJeszcze jedno zdanie.\n");
        SiteBuilder preview = new SiteBuilder(project).forPreview();
        preview.build(output);
        preview.finishSaving();
        String afterPreview = new SiteBuilder(project).build(output).summary();
        assertTrue(afterPreview.matches("(?s).*\\(already up to date: all \\d+ files as the last build left them\\).*"), afterPreview);
    }

    @Test
    void oneFileIsOneFile(@TempDir Path output) {
        String summary = new BuildReport(output, Map.of("pl", 7), 1, 31, List.of(), 3200, false).summary();
        assertTrue(summary.contains("(1 file rendered, 31 unchanged)"), summary);
        assertTrue(new BuildReport(output, Map.of("pl", 1), 2, 0, List.of(), 3200, false).summary().contains("(2 files rendered)"));
    }
}
