package guide.translation;

import org.junit.jupiter.api.BeforeEach;
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
    private GitFiles git;

    @BeforeEach
    void readTheProjectsHistory() {
        git = new GitFiles(project);
    }

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

        List<FileHistory.Version> versions = git.versions("nowy.md", 10);
        assertEquals(List.of("nowy.md", "nowy.md", "stary.md"), versions.stream().map(FileHistory.Version::path).toList());
        List<String> texts = versions.stream()
                .map(v -> git.firstMatching(List.of(v), Optional::of).orElseThrow()).toList();
        assertEquals(List.of("druga wersja\n", "pierwsza wersja\n", "pierwsza wersja\n"), texts);
        assertEquals(Optional.of("pierwsza wersja\n"), git.firstMatching(versions,
                text -> text.startsWith("pierwsza") ? Optional.of(text) : Optional.empty()));
    }

    @Test
    void noHistoryOutsideARepository() {
        assertEquals(List.of(), git.versions("nowy.md", 10));
    }

    /**
     * A version committed on a branch that was then merged with "squash" is in no commit of the branch checked out: only
     * versionsOnAnyBranch finds it (in the order of the commits' dates, here the same second); and the history is a whole
     * repository's, not a shallow clone's.
     */
    @Test
    void aVersionOnAnotherBranchIsFoundOnAnyBranch() throws Exception {
        write("plik.md", "pierwsza wersja\n");
        GitProject.init(project);
        GitProject.git(project, "checkout", "-q", "-b", "poprawki");
        write("plik.md", "wersja z gałęzi\n");
        GitProject.commitAll(project, "edit on a branch");
        GitProject.git(project, "checkout", "-q", "-");

        assertEquals(1, git.versions("plik.md", 10).size(), "the branch checked out has the first version only");
        List<String> everywhere = git.versionsOnAnyBranch("plik.md", 10).stream()
                .map(v -> git.firstMatching(List.of(v), Optional::of).orElseThrow()).sorted().toList();
        assertEquals(List.of("pierwsza wersja\n", "wersja z gałęzi\n"), everywhere);
        assertEquals(GitHistory.REPOSITORY, git.kind());
    }

    /** git cat-file waits for more requests until it is stopped: a preview running for hours must not gather them. */
    @Test
    void noGitIsLeftRunningAfterTheVersionsAreRead() throws Exception {
        write("plik.md", "tekst\n");
        GitProject.init(project);
        List<FileHistory.Version> versions = git.versions("plik.md", 10);
        assertEquals(Optional.of("tekst\n"), git.firstMatching(versions, Optional::of));

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
        assertTrue(git.firstMatching(git.versions("plik.md", 10), Optional::of).isEmpty());
    }
}
