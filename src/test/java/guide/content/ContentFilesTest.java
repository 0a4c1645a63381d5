package guide.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One walk of the content folder finds the documents and the files published as they are, in path order. */
class ContentFilesTest {
    @TempDir
    Path content;

    @Test
    void documentsAndOtherFilesAreListedApartInPathOrder() throws IOException {
        write("pl/b.md", "pl/a.md", "en/z.md", "images/sub/y.jpg", "images/x.png", "robots.txt", "pl/notatki.txt");
        Files.createDirectories(content.resolve("outside"));
        Files.writeString(content.resolve("outside/hidden.png"), "x");
        Files.createSymbolicLink(content.resolve("images/linked.png"), content.resolve("images/x.png"));
        Files.createSymbolicLink(content.resolve("images/dangling.png"), content.resolve("images/none.png"));
        Files.createSymbolicLink(content.resolve("pl/folder-link"), content.resolve("outside"));

        ContentFiles files = ContentFiles.walk(content);

        assertEquals(List.of("en/z.md", "pl/a.md", "pl/b.md"), files.markdown().stream().map(Map.Entry::getKey).map(this::relative).toList());
        assertEquals(List.of("images/linked.png", "images/sub/y.jpg", "images/x.png", "outside/hidden.png", "pl/notatki.txt", "robots.txt"),
                files.others().stream().map(this::relative).toList(),
                "a link to a file counts as the file; a broken link and a link to a folder are left out, and the linked folder is not walked twice");
        assertEquals(2, files.markdown().get(1).getValue().size(), "each document keeps the size the walk saw");
    }

    private void write(String... paths) throws IOException {
        for (String path : paths) {
            Path file = content.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x\n");
        }
    }

    private String relative(Path file) {
        return content.relativize(file).toString();
    }
}
