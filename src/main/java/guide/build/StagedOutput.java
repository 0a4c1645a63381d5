package guide.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces the published output folder with a finished build in two renames, so the old site
 * stays whole until the new one is complete. If a build is killed between the renames, the next
 * build puts the previous site back before doing anything else.
 */
public final class StagedOutput {
    private final Path output;
    private final Path previous;

    public StagedOutput(Path output) {
        this.output = output.toAbsolutePath().normalize();
        this.previous = this.output.resolveSibling("." + this.output.getFileName() + "-previous");
    }

    /** A fresh, empty working folder next to the output (same file system, so renames are cheap). */
    public Path newWorkDir() throws IOException {
        recover();
        Files.createDirectories(output.getParent());
        return Files.createTempDirectory(output.getParent(), "." + output.getFileName() + "-build-");
    }

    /** Brings back the previous site if an earlier publish was interrupted. */
    public void recover() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            move(previous, output);
        } else if (Files.exists(previous)) {
            delete(previous);
        }
    }

    /** Makes {@code finished} the output; the old output is removed only afterwards. */
    public void publish(Path finished) throws IOException {
        if (Files.exists(output)) {
            move(output, previous);
        }
        move(finished, output);
        delete(previous);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree, if present. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
