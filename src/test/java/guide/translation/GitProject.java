package guide.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A test project made a git repository, with its files committed as an editor would. */
public final class GitProject {
    private GitProject() {
    }

    /** {@code git init} in {@code dir}, then everything in it committed. */
    public static void init(Path dir) throws IOException, InterruptedException {
        git(dir, "init", "-q");
        commitAll(dir, "the project as it was stamped");
    }

    public static void commitAll(Path dir, String message) throws IOException, InterruptedException {
        git(dir, "add", "-A");
        git(dir, "-c", "user.name=editor", "-c", "user.email=editor@localhost", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
    }

    /** Replaces {@code from} with {@code to} in a file of the project, once; fails if it is not there. */
    public static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new AssertionError(file + " has no '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Runs git in {@code dir} (a branch, a merge), as an editor would; fails if git does. */
    public static void git(Path dir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + out);
        }
    }
}
