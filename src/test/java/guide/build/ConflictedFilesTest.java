package guide.build;

import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.ProjectFixture;
import guide.site.SiteConfig;
import guide.site.UnopenableFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A templates subfolder the look for merge conflicts cannot open (the first read of the preview's builds) stops the
 * build with a problem at that subfolder, saying why, not with an unexpected error that asks the editor to report it.
 */
class ConflictedFilesTest {
    @Test
    void aSubfolderItCannotOpenIsAProblemAtThatSubfolder(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        SiteConfig config = SiteConfig.loadForBuild(project);
        try (UnopenableFolder folder = UnopenableFolder.under(config.templateDir(), "locked")) {
            BuildFailure failure = assertThrows(BuildFailure.class, () -> new ConflictedFiles().stopAtFolders(project, config));
            assertEquals(List.of(new Problem(project.relativize(folder.path()), 0, "cannot read: File name too long")), failure.problems());
        }
    }
}
