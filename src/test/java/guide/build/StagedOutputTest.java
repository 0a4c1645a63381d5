package guide.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recovery deletes the working folders of dead builds only, never one a running build still uses;
 * a replaced site is deleted in the background, and the command line waits for that before it exits.
 */
class StagedOutputTest {

    @Test
    void recoveryKeepsTheWorkingFolderOfARunningBuildAndDeletesDeadOnes(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site");
        Path running = new StagedOutput(output).newWorkDir();
        Path dead = Files.createDirectories(temp.resolve(".site-build-123/source"));
        Path otherOutputs = Files.createDirectories(temp.resolve(".other-build-123"));

        new StagedOutput(output).recover();

        assertTrue(Files.isDirectory(running), "a running build's folder stays");
        assertFalse(Files.exists(dead.getParent()), "a dead build's folder goes");
        assertTrue(Files.isDirectory(otherOutputs), "folders of other outputs are not ours");

        StagedOutput.delete(running);
        Files.createDirectories(running);
        new StagedOutput(output).recover();
        assertFalse(Files.exists(running), "once its build has ended, the name is no longer live");
    }

    @Test
    void aReplacedSiteIsGoneOnceItsDeletionIsAwaited(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site");
        StagedOutput staged = new StagedOutput(output);
        Path first = staged.newWorkDir();
        for (int i = 0; i < 2000; i++) {
            Files.writeString(Files.createDirectories(first.resolve("page-" + i)).resolve("index.html"), "old " + i);
        }
        staged.publish(first);
        Path second = staged.newWorkDir();
        Files.writeString(second.resolve("index.html"), "new");
        staged.publish(second);

        StagedOutput.awaitDeletions();

        try (var siblings = Files.list(temp)) {
            assertEquals(List.of("site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no trash of the replaced site is left for the next build");
        }
        assertEquals("new", Files.readString(output.resolve("index.html")));
    }
}
