package guide.translation.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: a temporary file beside it, then one rename over it. An import
 * stages all its files first and renames them only when every one is written.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    static void write(Path link, byte[] bytes) throws IOException {
        Path file = followLinks(link);
        List<Path> folders = new ArrayList<>();
        Path temp = stage(file, bytes, folders);
        try {
            commit(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes {@code bytes} into a new temporary file beside {@code file} and returns it; the folders
     * it had to create go into {@code created}, deepest first. Nothing is left behind when it fails.
     */
    static Path stage(Path file, byte[] bytes, List<Path> created) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
            created.add(d);
        }
        Files.createDirectories(dir);
        Path temp = newTemporaryFile(dir, file.getFileName().toString());
        try {
            Files.write(temp, bytes);
            if (Files.exists(file) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
            return temp;
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * A new, empty file with a name of its own in {@code dir}. Made as any new file is (not by
     * {@link Files#createTempFile}, whose files only their owner may read), so a file the import
     * creates can be read as the editor's other files can; one it replaces keeps its own permissions.
     */
    private static Path newTemporaryFile(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    /**
     * The file a path names, past any symbolic links: a translation kept elsewhere and linked into
     * content/ is written where it is, and the link stays a link (a rename over the link itself
     * would replace it with a file, and leave the linked file as it was). A link to nothing is
     * replaced, as a missing file is created.
     */
    static Path followLinks(Path path) throws IOException {
        return Files.isSymbolicLink(path) && Files.exists(path) ? path.toRealPath() : path;
    }

    /** Renames the {@link #stage staged} {@code temp} over {@code file}, atomically where the file system can. */
    static void commit(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes what {@link #stage} left: the temporary files, and the folders it created if they are empty. */
    static void discard(List<Path> temps, List<Path> folders) {
        for (Path p : temps) {
            quietlyDelete(p);
        }
        folders.forEach(AtomicFile::quietlyDelete);
    }

    private static void quietlyDelete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a folder that is not empty stays; so does a file the system will not let go
        }
    }

    static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
