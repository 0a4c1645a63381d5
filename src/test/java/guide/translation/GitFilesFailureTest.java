package guide.translation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * When git cannot even be started (here: in a folder that no longer exists, as when a project is moved away under a
 * running preview), a file has no history: the report and the dashboard say so, and nothing is thrown at them.
 */
class GitFilesFailureTest {
    @TempDir
    Path parent;

    @Test
    void aFolderGitCannotStartInHasNoHistory() {
        Path gone = parent.resolve("moved-away");

        assertEquals(List.of(), new GitFiles(gone).versions("content/pl/a.md", 10));
        assertEquals(Optional.empty(), new GitFiles(gone).firstMatching(List.of(new FileHistory.Version("0123456789ab", "content/pl/a.md")),
                Optional::of));
    }
}
