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
 * back, one that was not is deleted, and a folder made for a new file is removed again once empty. So a failing case
 * leaves the project whole for the next, and no case has to remember what it changed.
 */
final class ProjectEdits implements AutoCloseable {
    private final Path project;
    /** Each file's bytes before its first change, or empty if it did not exist; in the order first changed. */
    private final Map<Path, Optional<byte[]>> before = new LinkedHashMap<>();
    /** The folders made for new files, each after the folder it is in. */
    private final List<Path> madeFolders = new ArrayList<>();

    ProjectEdits(Path project) {
        this.project = project;
    }

    /** Edits the file as an editor saves it ({@link ProjectFiles#save}); the change must change it. */
    ProjectEdits save(String file, UnaryOperator<String> change) throws IOException {
        remember(file);
        ProjectFiles.save(project, file, change);
        return this;
    }

    /** Writes the file whole, a new one or over the old, making the folders it goes in if they are missing. */
    ProjectEdits write(String file, String text) throws IOException {
        ProjectFiles.writeWhole(makeFoldersFor(remember(file)), text);
        return this;
    }

    /** Writes the bytes as the file, a new one or over the old, making the folders it goes in if they are missing. */
    ProjectEdits write(String file, byte[] bytes) throws IOException {
        Files.write(makeFoldersFor(remember(file)), bytes);
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

    /** Makes the missing folders the file goes in, remembering each to remove it again; gives the file. */
    private Path makeFoldersFor(Path file) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path folder = file.getParent(); !Files.exists(folder); folder = folder.getParent()) {
            missing.add(0, folder);
        }
        for (Path folder : missing) {
            Files.createDirectory(folder);
            madeFolders.add(folder);
        }
        return file;
    }

    /**
     * Puts every file back, the last changed first, then removes the folders made for new files, the innermost first, and
     * says what could not be done. A made folder that still holds something (a file a command wrote there) is left.
     */
    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>(before.keySet());
        for (int i = files.size() - 1; i >= 0; i--) {
            try {
                putBack(files.get(i), before.get(files.get(i)));
            } catch (IOException e) {
                failures.add(e);
            }
        }
        before.clear();
        for (int i = madeFolders.size() - 1; i >= 0; i--) {
            try {
                removeIfEmpty(madeFolders.get(i));
            } catch (IOException e) {
                failures.add(e);
            }
        }
        madeFolders.clear();
        if (!failures.isEmpty()) {
            IOException failed = new IOException("could not put back every file the test changed");
            failures.forEach(failed::addSuppressed);
            throw failed;
        }
    }

    private static void putBack(Path file, Optional<byte[]> bytes) throws IOException {
        if (bytes.isPresent()) {
            Files.write(file, bytes.get());
        } else {
            Files.deleteIfExists(file);
        }
    }

    private static void removeIfEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                return;
            }
        }
        Files.delete(folder);
    }
}
