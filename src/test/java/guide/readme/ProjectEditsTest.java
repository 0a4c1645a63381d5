package guide.readme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void bytesWrittenIntoAMissingFolderMakeItAsTextDoes() throws IOException {
        try (ProjectEdits edits = new ProjectEdits(project)) {
            edits.write("content/images/new/photo.jpg", new byte[] {1, 2, 3});
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(project.resolve("content/images/new/photo.jpg")));
        }
    }

    @Test
    void theFoldersMadeForNewFilesAreRemovedAndTheOnesThatWereThereKept() throws IOException {
        Files.createDirectories(project.resolve("content/images"));
        try (ProjectEdits edits = new ProjectEdits(project)) {
            edits.write("content/de/index.md", "title=Start\n");
        }
        assertFalse(Files.exists(project.resolve("content/de")), "the folder made for the new file: gone");
        assertTrue(Files.isDirectory(project.resolve("content/images")), "a folder that was there: kept");
    }

    @Test
    void aMadeFolderThatAFileTheCaseDidNotWriteWentIntoIsKept() throws IOException {
        // A guard: it passes also without the folders' removal; it keeps that removal from deleting what it did not make.
        try (ProjectEdits edits = new ProjectEdits(project)) {
            edits.write("content/de/index.md", "title=Start\n");
            Files.writeString(project.resolve("content/de/written-by-a-command.md"), "title=Other\n");
        }
        assertFalse(Files.exists(project.resolve("content/de/index.md")), "the case's file: gone");
        assertTrue(Files.exists(project.resolve("content/de/written-by-a-command.md")), "a file the case did not write: kept");
    }
}
