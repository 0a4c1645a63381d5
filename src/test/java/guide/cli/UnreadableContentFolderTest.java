package guide.cli;

import guide.site.ProjectFixture;
import guide.site.UnopenableFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editors' command that reads the content ({@code ./guide translations}) with a content subfolder it cannot open names
 * that folder, in the project, and why, as the build does ({@link UnreadableFolderBuildTest}), not the language's folder
 * the walk began at, without a reason.
 */
class UnreadableContentFolderTest {
    @Test
    void theCommandNamesTheFolderItCannotOpen(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        try (UnopenableFolder folder = UnopenableFolder.under(project.resolve("content/en"), "locked")) {
            GuideInProcess run = GuideInProcess.inProject(project, "translations");
            String shown = project.relativize(folder.path()).toString();
            assertTrue(run.err().contains(shown + ": cannot read: File name too long"), run.err());
            assertFalse(run.err().contains("error: "), run.err());
        }
    }
}
