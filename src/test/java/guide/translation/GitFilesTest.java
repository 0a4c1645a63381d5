package guide.translation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which versions of a file git gives: its own history, newest first, across a rename; and no git left running after. */
class GitFilesTest {
    @TempDir
    Path project;

    private void write(String name, String text) throws Exception {
        Files.writeString(project.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFilesVersionsAreItsOwnNewestFirstUnderItsEarlierName() throws Exception {
        write("stary.md", "pierwsza wersja\n");
        write("inny.md", "inny plik\n");
        GitProject.init(project);
        Files.move(project.resolve("stary.md"), project.resolve("nowy.md"));
        GitProject.commitAll(project, "rename");
        write("nowy.md", "druga wersja\n");
        write("inny.md", "inny plik, zmieniony\n");
        GitProject.commitAll(project, "edit");

        List<GitFiles.Version> versions = GitFiles.versions(project, "nowy.md", 10);
        assertEquals(List.of("nowy.md", "nowy.md", "stary.md"), versions.stream().map(GitFiles.Version::path).toList());
        List<String> texts = versions.stream()
                .map(v -> GitFiles.firstMatching(project, List.of(v), Optional::of).orElseThrow()).toList();
        assertEquals(List.of("druga wersja\n", "pierwsza wersja\n", "pierwsza wersja\n"), texts);
        assertEquals(Optional.of("pierwsza wersja\n"), GitFiles.firstMatching(project, versions,
                text -> text.startsWith("pierwsza") ? Optional.of(text) : Optional.empty()));
    }

    @Test
    void noHistoryOutsideARepository() {
        assertEquals(List.of(), GitFiles.versions(project, "nowy.md", 10));
    }

    /** git cat-file waits for more requests until it is stopped: a preview running for hours must not gather them. */
    @Test
    void noGitIsLeftRunningAfterTheVersionsAreRead() throws Exception {
        write("plik.md", "tekst\n");
        GitProject.init(project);
        List<GitFiles.Version> versions = GitFiles.versions(project, "plik.md", 10);
        assertEquals(Optional.of("tekst\n"), GitFiles.firstMatching(project, versions, Optional::of));

        long deadline = System.nanoTime() + 2_000_000_000L;
        while (gitsRunningHere() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, gitsRunningHere());
    }

    private long gitsRunningHere() {
        String dir = project.toAbsolutePath().toString();
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(dir)).orElse(false)).count();
    }

    @Test
    void aFileThatIsNotUtf8MatchesNothing() throws Exception {
        Files.write(project.resolve("plik.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
        GitProject.init(project);
        assertTrue(GitFiles.firstMatching(project, GitFiles.versions(project, "plik.md", 10), Optional::of).isEmpty());
    }
}
