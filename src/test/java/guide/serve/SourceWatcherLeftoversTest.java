package guide.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which saves rebuild the preview, by the one rule for editors' leftovers ({@link guide.site.EditorLeftovers}): a hidden
 * file never does (the build passes over it); a backup appearing or going does, as the build's warning about it must
 * appear or go with it; and an editor's save sequence, backups, temporary files and an emptied page included, rebuilds once.
 */
class SourceWatcherLeftoversTest {
    @TempDir
    Path project;
    private Path pl;
    private WatchedProject watched;

    @BeforeEach
    void watch() throws IOException {
        pl = Files.createDirectories(project.resolve("content/pl"));
        Files.writeString(pl.resolve("o-nas.md"), "title=O nas\n~~~~~~\n\nTekst.\n", StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve("content/.obsidian"));
        watched = WatchedProject.start(project);
    }

    @AfterEach
    void stop() throws IOException {
        watched.close();
    }

    @Test
    void aHiddenFileNeverRebuilds() throws Exception {
        Files.writeString(pl.resolve("Thumbs.db"), "x");
        Files.writeString(pl.resolve("~$o-nas.md"), "x");
        Files.writeString(pl.resolve(".DS_Store"), "x");
        Files.writeString(pl.resolve(".o-nas.md.swp"), "x");
        Files.writeString(project.resolve("content/.obsidian/workspace.json"), "{}");
        assertEquals(0, watched.rebuildsAfterSettling(), "hidden files are passed over by the build: nothing to rebuild");
    }

    @Test
    void aBackupAppearingAndGoingRebuildsEachTime() throws Exception {
        Files.writeString(pl.resolve("o-nas.md~"), "stary tekst");
        assertEquals(1, watched.rebuildsAfterSettling(), "Emacs's backup appeared: the build's warning about it must show");
        Files.writeString(pl.resolve("o-nas.md~"), "jeszcze starszy tekst");
        assertEquals(1, watched.rebuildsAfterSettling(), "a backup's text changed: the warning stays as it was");
        Files.delete(pl.resolve("o-nas.md~"));
        assertEquals(2, watched.rebuildsAfterSettling(), "the backup went: so must the warning");
    }

    /** Vim's default save: the file renamed to its backup, written anew, the backup deleted; its swap file written throughout. */
    @Test
    void vimsSaveRebuildsOnce() throws Exception {
        Path page = pl.resolve("o-nas.md");
        Files.writeString(pl.resolve(".o-nas.md.swp"), "swap");
        assertEquals(0, watched.rebuildsAfterSettling());
        Files.move(page, pl.resolve("o-nas.md~"));
        Files.writeString(page, "title=O nas\n~~~~~~\n\nNowy tekst.\n", StandardCharsets.UTF_8);
        Files.delete(pl.resolve("o-nas.md~"));
        Files.writeString(pl.resolve(".o-nas.md.swp"), "swap 2");
        assertEquals(1, watched.rebuildsAfterSettling());
    }

    /** A program that writes a temporary file, pauses, then renames it over the page: one rebuild, not one mid-save with the temporary file named. */
    @Test
    void aTemporaryFileRenamedOverThePageAfterAPauseRebuildsOnce() throws Exception {
        Path temporary = pl.resolve("o-nas.md.tmp");
        Files.writeString(temporary, "title=O nas\n~~~~~~\n\nNowy tekst.\n", StandardCharsets.UTF_8);
        Thread.sleep(20);
        Files.move(temporary, pl.resolve("o-nas.md"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(1, watched.rebuildsAfterSettling());
    }

    /**
     * Most programs' save (Java's {@code Files.writeString}, nano, VS Code): the page emptied, then written, here with the
     * pause a busy machine can put between the two. One rebuild, not one of the empty page ("no header found") and another.
     */
    @Test
    void aSaveThatEmptiesThePageThenWritesItAfterAPauseRebuildsOnce() throws Exception {
        try (FileChannel page = FileChannel.open(pl.resolve("o-nas.md"), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            Thread.sleep(20);
            page.write(ByteBuffer.wrap("title=O nas\n~~~~~~\n\nNowy tekst.\n".getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(1, watched.rebuildsAfterSettling());
    }

    /**
     * An event for a page that is just as the last rebuild saw it, as when a busy machine hands the watcher a save's last
     * events after the rebuild for that save began (stood in for by setting the page's time to what it is): no rebuild.
     */
    @Test
    void anEventForAPageAsTheLastRebuildSawItDoesNotRebuild() throws Exception {
        Path page = pl.resolve("o-nas.md");
        Files.writeString(page, "title=O nas\n~~~~~~\n\nNowy tekst.\n", StandardCharsets.UTF_8);
        assertEquals(1, watched.rebuildsAfterSettling());
        Files.setLastModifiedTime(page, Files.getLastModifiedTime(page));
        assertEquals(1, watched.rebuildsAfterSettling(), "the page is as the last rebuild read it");
        Files.writeString(page, "title=O nas\n~~~~~~\n\nTekst.\n", StandardCharsets.UTF_8);
        assertEquals(2, watched.rebuildsAfterSettling(), "the page changed");
    }
}
