package guide.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A folder the walk cannot open partway (as root no folder is unreadable, so here one is gone after its parent was listed)
 * is an {@link IOException} naming it, which the checks report at their folder as any other read failure, not an unchecked
 * exception that ends the build with a stack trace.
 */
class FolderWalkTest {
    @Test
    void aFolderGoneAfterItsParentWasListedIsAnIOExceptionNamingIt(@TempDir Path dir) throws IOException {
        for (String name : List.of("a", "b")) {
            Files.writeString(Files.createDirectories(dir.resolve(name)).resolve("page.ftl"), "<p>");
        }
        List<Path> gone = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> FolderWalk.sorted(dir, p -> {
            if (gone.isEmpty() && dir.equals(p.getParent())) { // the first folder met: the other, already listed, goes
                Path other = dir.resolve(p.getFileName().toString().equals("a") ? "b" : "a");
                gone.add(other);
                delete(other);
            }
            return true;
        }));
        assertEquals(gone.get(0).toString(), e.getMessage());
    }

    @Test
    void theFilesItKeepsAreSorted(@TempDir Path dir) throws IOException {
        for (String name : List.of("b/page.ftl", "a/page.ftl", "a/notes.txt")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "");
        }
        assertEquals(List.of(dir.resolve("a/page.ftl"), dir.resolve("b/page.ftl")), FolderWalk.sorted(dir, p -> p.toString().endsWith(".ftl")));
    }

    private static void delete(Path folder) {
        try {
            Files.delete(folder.resolve("page.ftl"));
            Files.delete(folder);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
