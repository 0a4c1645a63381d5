package guide.readme;

import guide.site.ProjectFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The files one case edits, adds or deletes in its copy of the project, put back as they were when it closes (in a
 * {@code try}-with-resources), also when a run or an assertion in between failed: a file that was there gets its bytes
 * back, one that was not is deleted. So a failing case leaves the project whole for the next, and no case has to
 * remember what it changed.
 */
final class ProjectEdits implements AutoCloseable {
    private final Path project;
    /** Each file's bytes before its first change, or empty if it did not exist; in the order first changed. */
    private final Map<Path, Optional<byte[]>> before = new LinkedHashMap<>();

    ProjectEdits(Path project) {
        this.project = project;
    }

    /** Edits the file as an editor saves it ({@link ProjectFiles#save}); the change must change it. */
    ProjectEdits save(String file, UnaryOperator<String> change) throws IOException {
        remember(file);
        ProjectFiles.save(project, file, change);
        return this;
    }

    /** Writes the file whole, a new one or over the old. */
    ProjectEdits write(String file, String text) throws IOException {
        Files.createDirectories(remember(file).getParent());
        ProjectFiles.writeWhole(project.resolve(file), text);
        return this;
    }

    /** Writes the bytes as the file, a new one or over the old. */
    ProjectEdits write(String file, byte[] bytes) throws IOException {
        Files.write(remember(file), bytes);
        return this;
    }

    /** Deletes the file, which must exist. */
    ProjectEdits delete(String file) throws IOException {
        Files.delete(remember(file));
        return this;
    }

    /** Runs {@code ./guide args…} on the project as edited so far. */
    GuideRun run(String... args) {
        return GuideRun.run(project, args);
    }

    private Path remember(String file) throws IOException {
        Path path = project.resolve(file);
        if (!before.containsKey(path)) {
            before.put(path, Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty());
        }
        return path;
    }

    /** Puts every file back, the last changed first, and then says which could not be. */
    @Override
    public void close() throws IOException {
        List<Path> files = new ArrayList<>(before.keySet());
        IOException failed = null;
        for (int i = files.size() - 1; i >= 0; i--) {
            Path file = files.get(i);
            try {
                Optional<byte[]> bytes = before.get(file);
                if (bytes.isPresent()) {
                    Files.write(file, bytes.get());
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                if (failed == null) {
                    failed = new IOException("could not put back every file the test changed");
                }
                failed.addSuppressed(e);
            }
        }
        before.clear();
        if (failed != null) {
            throw failed;
        }
    }
}
