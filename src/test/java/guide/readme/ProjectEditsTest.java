package guide.readme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A case that fails between its edits and its end leaves the project as it found it, for the cases after it. */
class ProjectEditsTest {
    @TempDir
    Path project;

    @Test
    void aFailureBetweenTheEditsPutsBackEditedDeletedAndAddedFiles() throws IOException {
        Files.createDirectories(project.resolve("content/en"));
        Files.writeString(project.resolve("content/en/about.md"), "title=About\n");
        Files.writeString(project.resolve("content/en/signs.md"), "status=published\n");
        assertThrows(AssertionError.class, () -> {
            try (ProjectEdits edits = new ProjectEdits(project)) {
                edits.save("content/en/about.md", s -> s + "more\n").save("content/en/about.md", s -> s + "again\n")
                        .delete("content/en/signs.md").write("content/de/index.md", "title=Start\n");
                throw new AssertionError("the build printed something else");
            }
        });
        assertEquals("title=About\n", Files.readString(project.resolve("content/en/about.md")), "edited twice: as before the first edit");
        assertEquals("status=published\n", Files.readString(project.resolve("content/en/signs.md")), "deleted: back");
        assertFalse(Files.exists(project.resolve("content/de/index.md")), "added: gone");
    }
}
