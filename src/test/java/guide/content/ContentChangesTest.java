package guide.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a build learns from the preview's watcher: the changed paths when all are known, else nothing (it walks). */
class ContentChangesTest {
    private final Path content = Path.of("/site/content");
    private final Path article = content.resolve("pl/a.md");

    @Test
    void changesAreKnownFromTheSecondBuildAfterTheWatcherStarts() {
        ContentChanges changes = new ContentChanges();
        assertEquals(Optional.empty(), changes.take(content), "no watcher yet");
        changes.watching(content);
        changes.changed(article);
        assertEquals(Optional.empty(), changes.take(content), "the first build after the watcher started walks: changes before it are not known");
        changes.changed(article);
        assertEquals(Optional.of(Set.of(article)), changes.take(content));
        assertEquals(Optional.of(Set.of()), changes.take(content), "each change is taken once");
    }

    @Test
    void lostEventsAFolderNotWatchedAndAFolderThatCouldNotBeWatchedMeanAWalk() {
        ContentChanges changes = new ContentChanges();
        changes.watching(content);
        changes.take(content);
        changes.changed(article);
        changes.lost();
        assertEquals(Optional.empty(), changes.take(content), "events were lost");
        assertEquals(Optional.of(Set.of()), changes.take(content), "known again from the walk on");
        assertEquals(Optional.empty(), changes.take(Path.of("/site/other-content")), "the settings name another content folder");
        changes.take(content);
        changes.unwatched();
        changes.changed(article);
        assertEquals(Optional.empty(), changes.take(content));
        assertEquals(Optional.empty(), changes.take(content), "for good");
    }
}
