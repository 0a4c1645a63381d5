package guide.translation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the report says when an edited block's text at the stamp is not found: in a git repository, that it was not
 * committed; outside one, or without git, that there is no history to look in; and where git answers neither way, only
 * that the earlier version is not there, with no cause it cannot vouch for.
 */
class GitHistoryTest {
    @TempDir
    Path project;

    @Test
    void inAGitRepositoryTheEarlierVersionWasNotCommitted() throws Exception {
        Files.writeString(project.resolve("jbake.properties"), "site.languages=pl,en\n", StandardCharsets.UTF_8);
        GitProject.init(project);
        assertEquals("its earlier version was never committed to git (or only on a branch merged with squash or rebase and deleted since),"
                + " so the changes cannot be marked", GitHistory.of(project).reason());
    }

    /** A CI checkout ({@code actions/checkout} clones one commit deep by default) has no earlier commits to look in. */
    @Test
    void inAShallowCloneTheEarlierVersionMayBeInTheHistoryItLeftOut() throws Exception {
        Path origin = project.resolve("origin");
        Files.createDirectories(origin);
        Files.writeString(origin.resolve("jbake.properties"), "site.languages=pl,en\n", StandardCharsets.UTF_8);
        GitProject.init(origin);
        Files.writeString(origin.resolve("jbake.properties"), "site.languages=pl,en,de\n", StandardCharsets.UTF_8);
        GitProject.commitAll(origin, "a second commit");
        GitProject.git(project, "clone", "-q", "--depth", "1", origin.toUri().toString(), "shallow");
        assertEquals("its earlier version is not in this shallow clone's history (a clone made with --depth, as CI makes one),"
                + " so the changes cannot be marked: run git fetch --unshallow to fetch the rest", GitHistory.of(project.resolve("shallow")).reason());
    }

    @Test
    void aProjectThatIsNoGitRepositoryHasNoHistoryToLookIn() {
        assertEquals("the project is not a git repository, so its earlier version is not known and the changes cannot be marked",
                GitHistory.of(project).reason());
    }

    @Test
    void withoutGitThereIsNoHistoryToLookIn() {
        assertEquals("git is not installed, so its earlier version is not known and the changes cannot be marked",
                GitHistory.of(project, "git-that-is-not-installed").reason());
    }

    /** Inside a repository's own .git folder git says "false": neither a work tree nor no repository, so no cause is given. */
    @Test
    void whereGitSaysNeitherTheReportGivesNoCause() throws Exception {
        Files.writeString(project.resolve("jbake.properties"), "site.languages=pl,en\n", StandardCharsets.UTF_8);
        GitProject.init(project);
        assertEquals("its earlier version is not in the project's git history, so the changes cannot be marked",
                GitHistory.of(project.resolve(".git")).reason());
    }

    /**
     * A report asked for by a thread told to stop (a preview shutting down) does not wait for git: it gives no cause, keeps
     * the thread's interrupt for its owner, and stops the git it started rather than leave it running.
     */
    @Test
    void anInterruptedCallerGetsNoCauseKeepsItsInterruptAndLeavesNoGitRunning() throws Exception {
        Path git = project.resolve("slow-git");
        Path pid = project.resolve("slow-git.pid");
        Files.writeString(git, "#!/bin/sh\necho $$ > '" + pid + "'\nexec >&- 2>&-\nexec sleep 30\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwx------"));
        Thread.currentThread().interrupt();
        String reason = GitHistory.of(project, git.toString()).reason();
        boolean interrupted = Thread.interrupted();
        Optional<ProcessHandle> started = ProcessHandle.of(Long.parseLong(Files.readString(pid, StandardCharsets.UTF_8).strip()));
        try {
            assertEquals("its earlier version is not in the project's git history, so the changes cannot be marked", reason);
            assertTrue(interrupted, "the caller's interrupt is kept");
            assertTrue(started.isEmpty() || started.get().onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).get() != null,
                    "the git it started was stopped");
        } finally {
            started.ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
