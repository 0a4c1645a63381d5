package guide.build;

import guide.content.ContentChanges;
import guide.content.ContentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With a watcher's report, a build lists the content folder from the last listing and the reported
 * changes, without a walk (a file nobody reported stays unseen); without one, or when the report
 * cannot be trusted, it walks.
 */
class ContentListingTest {
    @TempDir
    Path content;

    @Test
    void aBuildUsesTheReportedChangesAndWalksWhenTheyAreNotKnown() throws IOException {
        ContentChanges changes = new ContentChanges();
        BuildMemory memory = new BuildMemory();
        memory.contentChanges = changes;
        write("pl/a.md");
        changes.watching(content);
        assertEquals(List.of("pl/a.md"), documents(memory.contentFiles(content)), "the first build walks");

        write("pl/unreported.md");
        write("pl/b.md");
        changes.changed(content.resolve("pl/b.md"));
        assertEquals(List.of("pl/a.md", "pl/b.md"), documents(memory.contentFiles(content)), "no walk: only the reported file is new");

        Files.createDirectories(content.resolve("en"));
        write("en/c.md");
        changes.changed(content.resolve("en"));
        assertEquals(List.of("en/c.md", "pl/a.md", "pl/b.md", "pl/unreported.md"), documents(memory.contentFiles(content)),
                "a new folder: a walk");

        write("pl/d.md");
        changes.lost();
        assertEquals(5, documents(memory.contentFiles(content)).size(), "lost events: a walk");
    }

    @Test
    void withoutAWatcherEveryBuildWalks() throws IOException {
        BuildMemory memory = new BuildMemory();
        write("pl/a.md");
        assertEquals(List.of("pl/a.md"), documents(memory.contentFiles(content)));
        write("pl/b.md");
        assertEquals(List.of("pl/a.md", "pl/b.md"), documents(memory.contentFiles(content)));
    }

    private void write(String path) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x\n");
    }

    private List<String> documents(ContentFiles files) {
        return files.markdown().stream().map(Map.Entry::getKey).map(p -> content.relativize(p).toString()).toList();
    }
}
