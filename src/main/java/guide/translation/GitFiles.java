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
 * Earlier versions of files from the git history of the folder they are in ({@link FileHistory}), read with the {@code git}
 * command (two processes: {@code git log} lists the commits that changed a file, {@code git cat-file
 * --batch} reads its versions one by one until one fits). Any failure (no git, not a repository, a
 * repository git will not read, a slow answer) is no history: nothing is reported, as the report
 * and dashboard then say what they show instead.
 */
final class GitFiles implements FileHistory {
    private static final long TIMEOUT_SECONDS = 10;

    private final Path dir;

    /** @param dir the folder whose history is read, in a repository or not */
    GitFiles(Path dir) {
        this.dir = dir;
    }

    @Override
    public List<Version> versions(String file, int most) {
        return versions(dir, git(dir, "log", "--follow", "--format=commit %H", "--name-only", "-n", String.valueOf(most), "--", file));
    }

    @Override
    public List<Version> versionsOnAnyBranch(String file, int most) {
        return versions(dir, git(dir, "log", "--all", "--follow", "--format=commit %H", "--name-only", "-n", String.valueOf(most), "--", file));
    }

    /** {@link GitHistory#of}: whether the folder is in a repository, a shallow clone's or a whole one. */
    @Override
    public GitHistory kind() {
        return GitHistory.of(dir);
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

    /** The versions' texts read as UTF-8: one that is not matches nothing. */
    @Override
    public <T> Optional<T> firstMatching(List<Version> versions, Function<String, Optional<T>> test) {
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
