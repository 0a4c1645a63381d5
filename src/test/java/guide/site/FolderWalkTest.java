package guide.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A folder the walk cannot open partway ({@link UnopenableFolder}: one even root cannot, as the tests may run as root)
 * is an {@link IOException} naming it, which the checks report at their folder as any other read failure, not an unchecked
 * exception that ends the build with a stack trace.
 */
class FolderWalkTest {
    @Test
    void aFolderItCannotOpenIsAnIOExceptionNamingIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("page.ftl"), "<p>");
        try (UnopenableFolder folder = UnopenableFolder.under(dir, "partials")) {
            IOException e = assertThrows(IOException.class, () -> FolderWalk.sorted(dir, p -> true));
            assertTrue(e.getMessage().startsWith(folder.path().toString()), e.getMessage());
            e = assertThrows(IOException.class, () -> FolderWalk.unsorted(dir, p -> true));
            assertTrue(e.getMessage().startsWith(folder.path().toString()), e.getMessage());
        }
    }

    @Test
    void theFilesItKeepsAreSorted(@TempDir Path dir) throws IOException {
        for (String name : List.of("b/page.ftl", "a/page.ftl", "a/notes.txt")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "");
        }
        assertEquals(List.of(dir.resolve("a/page.ftl"), dir.resolve("b/page.ftl")), FolderWalk.sorted(dir, p -> p.toString().endsWith(".ftl")));
    }

    @Test
    void theEntriesItKeepsAreThoseDirectlyInTheFolderSorted(@TempDir Path dir) throws IOException {
        for (String name : List.of("b.xlf", "a.xlf", "notes.txt", "old/c.xlf")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "");
        }
        assertEquals(List.of(dir.resolve("a.xlf"), dir.resolve("b.xlf")), FolderWalk.entries(dir, p -> p.toString().endsWith(".xlf")));
    }
}
