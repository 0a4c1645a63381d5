package guide.translation;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A source an XLIFF file names that the project does not have: deleted since (git has it), never here (a file from
 * another project), or not to be told (no git history), which the import says in three different ways.
 */
class PastFileTest {
    @TempDir
    Path project;

    @Test
    void aDeletedFileWasCommittedAndAnotherProjectsFileWasNeverHere() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        Files.delete(project.resolve("content/en/about.md"));

        assertEquals(PastFile.COMMITTED, PastFile.of(project, "content/en/about.md"));
        assertEquals(PastFile.NEVER_HERE, PastFile.of(project, "content/pl/umowa-o-dzielo.md"));
    }

    @Test
    void withoutGitHistoryNothingCanBeTold() throws Exception {
        ProjectFixture.copyRealProject(project);

        assertEquals(PastFile.UNKNOWN, PastFile.of(project, "content/pl/umowa-o-dzielo.md"));
    }
}
