package guide.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether the project's git history can be read, and all of it: what the report says when an edited block's text at the stamp is not
 * found ({@link StampedSource}) and the block is shown as it is now. In a git repository, that version was not
 * committed; a project that is no git repository, or a machine without git, has no history to look in, and the
 * report says that instead. The report's printer knows nothing of the project, so the command finds this out
 * ({@link #of}) and hands it over.
 */
public enum GitHistory {
    /** Not looked at (a report of documents with no project, as tests make): the reason is left open. */
    UNKNOWN("its earlier version is not in the project's git history, so the changes cannot be marked"),
    /**
     * A git repository without that version on any of its branches: it was not committed, or was committed only on a
     * branch merged with "squash" or "rebase" (which copies the branch's changes onto new commits) and deleted since.
     */
    REPOSITORY("its earlier version was never committed to git (or only on a branch merged with squash or rebase and"
            + " deleted since), so the changes cannot be marked"),
    /** A shallow clone ({@code git clone --depth 1}, as CI checks a repository out): the version may be in the history it left out. */
    SHALLOW("its earlier version is not in this shallow clone's history (a clone made with --depth, as CI makes one),"
            + " so the changes cannot be marked: run git fetch --unshallow to fetch the rest"),
    NOT_A_REPOSITORY("the project is not a git repository, so its earlier version is not known and the changes cannot be marked"),
    NO_GIT("git is not installed, so its earlier version is not known and the changes cannot be marked");

    private static final long TIMEOUT_SECONDS = 10;

    private final String reason;

    GitHistory(String reason) {
        this.reason = reason;
    }

    /** Why an edited block's old text is not known, for the report's line under it. */
    public String reason() {
        return reason;
    }

    /** The git history of the project in {@code projectDir}, as {@code git rev-parse} finds it. */
    public static GitHistory of(Path projectDir) {
        return of(projectDir, "git");
    }

    /** @param git the git program to run (another name in tests: one that is not installed) */
    static GitHistory of(Path projectDir, String git) {
        ProcessBuilder builder = GitFiles.builder(List.of(git, "-C", projectDir.toAbsolutePath().toString(), "rev-parse", "--is-inside-work-tree",
                "--is-shallow-repository"), projectDir).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C"); // git's own words, not a translation of them
        Process process = null;
        try {
            process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return UNKNOWN;
            }
            // "true" in a work tree, then "true" for a shallow clone; outside one, "fatal: not a git repository (or any of the parent directories): .git"
            List<String> answers = out.lines().toList();
            if (process.exitValue() == 0 && !answers.isEmpty() && answers.get(0).equals("true")) {
                return answers.size() > 1 && answers.get(1).equals("true") ? SHALLOW : REPOSITORY;
            }
            return out.contains("not a git repository") ? NOT_A_REPOSITORY : UNKNOWN;
        } catch (IOException e) {
            return NO_GIT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        } finally {
            if (process != null) {
                process.destroy();
            }
        }
    }
}
