package guide.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hidden folders in content/ (an Obsidian vault's {@code .obsidian/}, a tool's {@code .git}-like store of many folders) are
 * not watched: the build passes over them, and each folder watched takes one of the system's limited watches. Saves there,
 * and folders made there later, wake no rebuild and take no watch.
 */
class SourceWatcherHiddenFoldersTest {
    @TempDir
    Path project;
    private WatchedProject watched;

    @BeforeEach
    void watch() throws IOException {
        Files.createDirectories(project.resolve("content/pl"));
        for (int i = 0; i < 100; i++) {
            Files.createDirectories(project.resolve("content/.obsidian/plugins/plugin-" + i));
            Files.createDirectories(project.resolve("content/.git-like/objects/" + Integer.toHexString(i)));
        }
        watched = WatchedProject.start(project);
    }

    @AfterEach
    void stop() throws IOException {
        watched.close();
    }

    @Test
    void hiddenFoldersAreNotWatched() {
        assertEquals(2, watched.watchedFolders(), "content/ and content/pl/ only, not the 204 hidden folders");
    }

    @Test
    void savesAndNewFoldersInAHiddenFolderRebuildNothingAndTakeNoWatch() throws Exception {
        Files.writeString(project.resolve("content/.obsidian/plugins/plugin-7/data.json"), "{}");
        Files.createDirectories(project.resolve("content/.trash/old/older"));
        Files.createDirectories(project.resolve("content/.obsidian/plugins/new-plugin"));
        assertEquals(0, watched.rebuildsAfterSettling());
        assertEquals(2, watched.watchedFolders());
        Files.createDirectories(project.resolve("content/en/drafts"));
        watched.settle();
        assertEquals(4, watched.watchedFolders(), "a folder that is not hidden is watched, with the folders in it");
    }
}
