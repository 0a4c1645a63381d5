package guide.cli;

import guide.site.ProjectFixture;
import guide.site.UnopenableFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./guide build} with a templates subfolder it cannot open (no permission for the editor's account) names that
 * folder and why, as a problem the editor can fix, not as an unexpected error to report: the check for "nothing changed"
 * reads the folders first, and its failure was the one the editor saw.
 */
class UnreadableFolderBuildTest {
    @Test
    void theBuildNamesTheFolderItCannotOpen(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        try (UnopenableFolder folder = UnopenableFolder.under(project.resolve("templates"), "locked")) {
            GuideInProcess build = GuideInProcess.inProject(project, "build");
            assertEquals(1, build.exitCode(), build.err());
            String shown = project.relativize(folder.path()).toString();
            assertTrue(build.err().contains(shown + ": cannot read: File name too long"), build.err());
            assertFalse(build.err().contains("stopped unexpectedly"), build.err());
            assertTrue(build.err().contains("Build failed: 1 problem; nothing was written into"), build.err());
        }
    }
}
