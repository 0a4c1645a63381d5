package guide.content;

import guide.site.MergeConflicts;
import guide.site.Problem;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page explaining git conflicts shows a marker in a code block: read as a page, not refused as a conflict; a whole
 * conflict there, as git writes one into code two branches changed, still stops it.
 */
class ConflictMarkerExampleTest {
    @TempDir
    Path project;

    private List<String> conflicts(String appended) throws Exception {
        ProjectFixture.copyRealProject(project);
        Files.writeString(project.resolve("content/pl/o-przewodniku.md"), appended, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return MergeConflicts.among(SiteContent.load(project).problems()).stream().map(Problem::toString).toList();
    }

    @Test
    void aLoneMarkerInACodeBlockIsAnExample() throws Exception {
        assertEquals(List.of(), conflicts("\nGit zaznacza początek konfliktu tak:\n\n```\n<<<<<<< HEAD\n```\n"));
    }

    @Test
    void aWholeConflictInACodeBlockIsAConflict() throws Exception {
        List<String> found = conflicts("\n```\n<<<<<<< HEAD\nx = 2\n=======\nx = 3\n>>>>>>> other\n```\n");
        assertEquals(1, found.size(), found.toString());
    }
}
