package guide.build;

import guide.site.BuildFailure;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /** "Nothing changed" trusts the stamp of the sources only while every file the last build published is still there. */
    @Test
    void aPublishedFileThatWentMissingIsBuiltAgain(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        Path page = output.resolve("pl/jak-wystawic-fakture/index.html");
        String before = java.nio.file.Files.readString(page);
        java.nio.file.Files.delete(page);
        String summary = new SiteBuilder(project).build(output).summary();
        assertTrue(!summary.contains("nothing changed"), summary);
        assertEquals(before, java.nio.file.Files.readString(page), "the page is back as it was");

        java.nio.file.Files.writeString(project.resolve("templates/partials/extra-note.ftl"), "<#-- a new template file -->\n");
        String afterTemplate = new SiteBuilder(project).build(output).summary();
        assertTrue(!afterTemplate.contains("nothing changed"), "a new file among the templates is a change: " + afterTemplate);
    }

    /** "Nothing changed" is decided before the settings are validated; a broken setting must still fail the next build. */
    @Test
    void aSettingBrokenAfterAGoodBuildFailsTheNextBuildAtItsLine(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        ProjectFiles.edit(project, "jbake.properties", text -> text + "\nsite.socialCards=maybe\n");
        int line = java.nio.file.Files.readAllLines(project.resolve("jbake.properties")).size();
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(output));
        assertEquals(List.of("jbake.properties:" + line + ": site.socialCards must be true or false (found 'maybe')"),
                failure.problems().stream().map(Object::toString).toList());
    }

    @Test
    void oneFileIsOneFile(@TempDir Path output) {
        String summary = new BuildReport(output, Map.of("pl", 7), 1, 31, List.of(), 3200, false).summary();
        assertTrue(summary.contains("(1 file rendered, 31 unchanged)"), summary);
        assertTrue(new BuildReport(output, Map.of("pl", 1), 2, 0, List.of(), 3200, false).summary().contains("(2 files rendered)"));
    }
}
