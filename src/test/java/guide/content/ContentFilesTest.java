package guide.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(files.withChanges(content, Set.of()).isEmpty(), "a walked listing with links is walked again: a link's target may change without an event");
    }

    /** What macOS and editors leave beside a file (AppleDouble, an Emacs lock link) is neither a page nor an image. */
    @Test
    void hiddenFilesAreNeitherDocumentsNorImages() throws IOException {
        write("pl/o-nas.md", "pl/._o-nas.md", "images/x.svg", "images/._x.svg", "images/.DS_Store");
        Files.createSymbolicLink(content.resolve("pl/.#o-nas.md"), Path.of("redaktor@mac.1234:1700000000"));

        ContentFiles files = ContentFiles.walk(content);

        assertEquals(List.of("pl/o-nas.md"), files.markdown().stream().map(Map.Entry::getKey).map(this::relative).toList());
        assertEquals(List.of("images/x.svg"), files.others().stream().map(this::relative).toList());
        assertTrue(files.withChanges(content, Set.of()).isPresent(), "an Emacs lock link does not make every later build walk");
        ContentFiles changed = files.withChanges(content, changed("pl/._o-nas.md", "pl/.#o-nas.md", "images/._x.svg")).orElseThrow();
        assertEquals(listed(files), listed(changed), "saves reported by the watcher list no hidden file either");
    }

    /** What the preview's watcher reports, applied to the last listing, gives what a walk now gives. */
    @Test
    void aListingWithTheChangedPathsAppliedIsWhatAWalkFindsNow() throws IOException {
        write("pl/a.md", "pl/c.md", "en/z.md", "images/x.png", "pl/notatki.txt");
        ContentFiles before = ContentFiles.walk(content);
        write("pl/b.md", "images/y.png", "pl/.a.md.swp");
        Files.writeString(content.resolve("pl/a.md"), "a longer text\n");
        Files.delete(content.resolve("pl/c.md"));
        Files.delete(content.resolve("pl/notatki.txt"));
        Files.move(content.resolve("en/z.md"), content.resolve("en/y.md"));
        Files.createSymbolicLink(content.resolve("images/linked.png"), content.resolve("images/x.png"));
        Files.createSymbolicLink(content.resolve("images/dangling.png"), content.resolve("images/none.png"));

        ContentFiles after = before.withChanges(content, changed("pl/b.md", "images/y.png", "pl/.a.md.swp", "pl/a.md", "pl/c.md",
                "pl/notatki.txt", "en/z.md", "en/y.md", "images/linked.png", "images/dangling.png", "pl/never-there.md")).orElseThrow();

        ContentFiles walked = ContentFiles.walk(content);
        assertEquals(listed(walked), listed(after));
        assertEquals(List.of("en/y.md", "pl/a.md", "pl/b.md"), listed(after).get(0).stream().map(s -> s.split(" ")[0]).toList(),
                "added, renamed and deleted documents, in path order");
        assertEquals(List.of("images/linked.png", "images/x.png", "images/y.png"), listed(after).get(1),
                "added files and a link to a file; a broken link left out, a deleted file gone");
        assertEquals(14, after.markdown().get(1).getValue().size(), "an edited document has the size it has now");
        assertTrue(after.withChanges(content, Set.of()).isEmpty(), "a listing with a link walks: its target may change without an event");
    }

    @Test
    void aFolderThatCameOrWentIsWalked() throws IOException {
        write("pl/a.md", "images/2026/x.png", "en/old/c.md");
        ContentFiles before = ContentFiles.walk(content);
        write("pl/poradniki/b.md");
        assertTrue(before.withChanges(content, changed("pl/poradniki")).isEmpty(), "a new folder: its files are not in the paths");
        Files.delete(content.resolve("images/2026/x.png"));
        Files.delete(content.resolve("images/2026"));
        assertTrue(before.withChanges(content, changed("images/2026")).isEmpty(), "a folder that held listed files");
        Files.delete(content.resolve("en/old/c.md"));
        Files.delete(content.resolve("en/old"));
        assertTrue(before.withChanges(content, changed("en/old")).isEmpty(), "a folder that held listed documents");
        assertTrue(before.withChanges(content, Set.of(content.toAbsolutePath().normalize())).isEmpty(), "the content folder itself");
        assertTrue(before.withChanges(content.resolve("pl"), changed("pl/a.md")).isEmpty(), "a listing of another folder");
        assertTrue(before.withChanges(content, Set.of(content.resolveSibling("templates/page.ftl").toAbsolutePath().normalize())).isPresent(),
                "a template is not content");
    }

    /** The first document and the first other file in path order, edited and then deleted, leave the listing as a walk finds it. */
    @Test
    void theFirstListedDocumentAndFileCanChangeAndGo() throws IOException {
        write("en/a.md", "pl/b.md", "images/a.png", "pl/notatki.txt");
        ContentFiles before = ContentFiles.walk(content);
        Files.writeString(content.resolve("en/a.md"), "a longer text\n");
        Files.writeString(content.resolve("images/a.png"), "a new picture\n");

        ContentFiles edited = before.withChanges(content, changed("en/a.md", "images/a.png")).orElseThrow();
        assertEquals(List.of(List.of("en/a.md 14", "pl/b.md 2"), List.of("images/a.png", "pl/notatki.txt")), namesAndSizes(edited),
                "each listed once, the document with the size it has now");

        Files.delete(content.resolve("en/a.md"));
        Files.delete(content.resolve("images/a.png"));
        ContentFiles deleted = edited.withChanges(content, changed("en/a.md", "images/a.png")).orElseThrow();
        assertEquals(List.of(List.of("pl/b.md 2"), List.of("pl/notatki.txt")), namesAndSizes(deleted));
        assertEquals(listed(ContentFiles.walk(content)), listed(deleted));
    }

    /** A link's target can change or go without an event in the folder: a listing that gained one is walked again, one without stays cheap. */
    @Test
    void aListingThatGainedALinkIsWalkedNextTime() throws IOException {
        write("images/x.png");
        ContentFiles before = ContentFiles.walk(content);
        Files.createSymbolicLink(content.resolve("images/linked.png"), content.resolve("images/x.png"));
        write("images/y.png");

        ContentFiles withLink = before.withChanges(content, changed("images/linked.png")).orElseThrow();
        assertEquals(List.of("images/linked.png", "images/x.png"), listed(withLink).get(1));
        assertTrue(withLink.withChanges(content, changed("images/y.png")).isEmpty(), "the listing with a link is walked again");
        ContentFiles withFile = before.withChanges(content, changed("images/y.png")).orElseThrow();
        assertEquals(List.of("images/x.png", "images/y.png"), listed(withFile).get(1));
        assertTrue(withFile.withChanges(content, Set.of()).isPresent(), "a listing of plain files takes the next changes as they come");
    }

    private Set<Path> changed(String... paths) {
        return Arrays.stream(paths).map(p -> content.resolve(p).toAbsolutePath().normalize()).collect(Collectors.toSet());
    }

    /** Each document with its size and modification time, and the other files. */
    private List<List<String>> listed(ContentFiles files) {
        return List.of(files.markdown().stream().map(e -> relative(e.getKey()) + " " + e.getValue().size() + " " + e.getValue().lastModifiedTime()).toList(),
                files.others().stream().map(this::relative).toList());
    }

    /** Each document with its size, and the other files. */
    private List<List<String>> namesAndSizes(ContentFiles files) {
        return List.of(files.markdown().stream().map(e -> relative(e.getKey()) + " " + e.getValue().size()).toList(),
                files.others().stream().map(this::relative).toList());
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
