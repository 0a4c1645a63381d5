package guide.translation;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Earlier versions of one file from the git history of the folder it is in, read with the {@code git}
 * command (two processes: {@code git log} lists the commits that changed the file, {@code git cat-file
 * --batch} reads its versions one by one until one fits). Any failure (no git, not a repository, a
 * repository git will not read, a slow answer) is no history: nothing is reported, as the report
 * and dashboard then say what they show instead.
 */
final class GitFiles {
    private static final long TIMEOUT_SECONDS = 10;

    private GitFiles() {
    }

    /** One version of a file: the commit and the file's path in it, from the repository's root. */
    record Version(String commit, String path) {
    }

    /** The commits that changed {@code file} (relative to {@code dir}), newest first, its earlier names followed; empty on any failure. */
    static List<Version> versions(Path dir, String file, int most) {
        return versions(dir, git(dir, "log", "--follow", "--format=commit %H", "--name-only", "-n", String.valueOf(most), "--", file));
    }

    /**
     * Like {@link #versions(Path, String, int)}, on every branch (and tag) of the repository, not only the one checked out: a
     * version committed on a branch that was then merged with "squash" or "rebase" is in no commit of the branch it was
     * merged into, only in the merged branch's own (newest first by commit date).
     */
    static List<Version> versionsOnAnyBranch(Path dir, String file, int most) {
        return versions(dir, git(dir, "log", "--all", "--follow", "--format=commit %H", "--name-only", "-n", String.valueOf(most), "--", file));
    }

    private static List<Version> versions(Path dir, List<String> command) {
        List<Version> versions = new ArrayList<>();
        Process process = null;
        try {
            process = start(command, dir);
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return List.of();
            }
            String commit = null;
            for (String line : out.split("\n")) {
                if (line.startsWith("commit ")) {
                    commit = line.substring("commit ".length()).strip();
                } else if (!line.isBlank() && commit != null) {
                    versions.add(new Version(commit, line));
                    commit = null;
                }
            }
            return versions;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            if (process != null) {
                process.destroy();
            }
        }
    }

    /**
     * The first answer {@code test} gives to the text of a version (UTF-8), newest first; empty when none
     * gives one or git fails.
     */
    static <T> Optional<T> firstMatching(Path dir, List<Version> versions, Function<String, Optional<T>> test) {
        Process process = null;
        try {
            process = start(git(dir, "cat-file", "--batch"), dir);
            OutputStream requests = process.getOutputStream();
            InputStream answers = new BufferedInputStream(process.getInputStream());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            for (Version version : versions) {
                if (System.nanoTime() > deadline) {
                    return Optional.empty();
                }
                requests.write((version.commit() + ":" + version.path() + "\n").getBytes(StandardCharsets.UTF_8));
                requests.flush();
                String header = line(answers); // "<id> blob <size>", or "<name> missing"
                String[] parts = header.split(" ");
                if (parts.length != 3 || !parts[1].equals("blob")) {
                    continue;
                }
                byte[] content = answers.readNBytes(Integer.parseInt(parts[2]));
                answers.read(); // the newline after the content
                Optional<String> text = utf8(content);
                Optional<T> answer = text.flatMap(test);
                if (answer.isPresent()) {
                    return answer;
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (process != null) {
                process.destroy();
            }
        }
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("git cat-file ended early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static List<String> git(Path dir, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString(), "-c", "core.quotePath=false"));
        command.addAll(List.of(arguments));
        return command;
    }

    private static Process start(List<String> command, Path dir) throws IOException {
        return builder(command, dir).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** A git command run in {@code dir} on the project's own repository, reading only. */
    static ProcessBuilder builder(List<String> command, Path dir) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toAbsolutePath().toFile());
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0"); // only reads: never wait for, or take, the index lock
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().remove("GIT_DIR"); // the project's own repository, whatever the caller's environment says
        builder.environment().remove("GIT_WORK_TREE");
        return builder;
    }
}
