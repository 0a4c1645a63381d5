package guide.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replaces the published output folder with a finished build in two renames, so the old site
 * stays whole until the new one is complete. If a build is killed between the renames, the next
 * build puts the previous site back before doing anything else, and removes the working folders
 * killed builds left behind (never those of builds still running in this JVM, such as the preview's).
 */
public final class StagedOutput {
    /** Working folders of the builds running in this JVM; guards their creation and the clean-up. */
    private static final Set<Path> LIVE = new HashSet<>();

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
        synchronized (LIVE) {
            Path work = Files.createTempDirectory(output.getParent(), workPrefix()).toAbsolutePath().normalize();
            LIVE.add(work);
            return work;
        }
    }

    /** Brings back the previous site if an earlier publish was interrupted, and deletes dead builds' working folders. */
    public void recover() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            move(previous, output);
        } else if (Files.exists(previous)) {
            delete(previous);
        }
        deleteDeadWorkDirs();
    }

    private void deleteDeadWorkDirs() throws IOException {
        if (!Files.isDirectory(output.getParent())) {
            return;
        }
        synchronized (LIVE) {
            List<Path> dead;
            try (Stream<Path> siblings = Files.list(output.getParent())) {
                dead = siblings.filter(p -> p.getFileName().toString().startsWith(workPrefix()))
                        .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .filter(p -> !LIVE.contains(p.toAbsolutePath().normalize()))
                        .toList();
            }
            for (Path dir : dead) {
                delete(dir);
            }
        }
    }

    private String workPrefix() {
        return "." + output.getFileName() + "-build-";
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

    /** Deletes a folder tree, if present; a working folder deleted this way is no longer live. */
    public static void delete(Path dir) throws IOException {
        try {
            deleteTree(dir);
        } finally {
            synchronized (LIVE) {
                LIVE.remove(dir.toAbsolutePath().normalize());
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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
