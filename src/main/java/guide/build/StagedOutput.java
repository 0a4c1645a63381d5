package guide.build;

import guide.site.FolderWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        replay();
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            move(previous, output);
        } else if (Files.exists(previous)) {
            delete(previous);
        }
        deleteDeadWorkDirs();
        deleteTrash();
    }

    private void deleteTrash() throws IOException {
        if (!Files.isDirectory(output.getParent())) {
            return;
        }
        String prefix = "." + output.getFileName() + "-trash-";
        for (Path leftover : FolderWalk.entries(output.getParent(), p -> p.getFileName().toString().startsWith(prefix))) {
            synchronized (DELETING) {
                if (DELETING.containsKey(leftover)) {
                    continue;
                }
            }
            delete(leftover);
        }
    }

    private void deleteDeadWorkDirs() throws IOException {
        if (!Files.isDirectory(output.getParent())) {
            return;
        }
        synchronized (LIVE) {
            List<Path> dead = FolderWalk.entries(output.getParent(), p -> p.getFileName().toString().startsWith(workPrefix())
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !LIVE.contains(p.toAbsolutePath().normalize()));
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
        boolean replacing = Files.exists(output);
        if (replacing) {
            move(output, previous);
        }
        move(finished, output);
        if (replacing) {
            discard(previous);
        }
    }

    /**
     * Moves a replaced site out of the way at once and deletes it on a background thread: removing
     * thousands of files takes longer than the rest of an incremental build. A leftover (the process
     * ended first) is deleted by the next build's {@link #recover()}.
     */
    private void discard(Path dir) throws IOException {
        Path trash = output.resolveSibling("." + output.getFileName() + "-trash-" + System.nanoTime());
        move(dir, trash);
        Thread cleaner = new Thread(() -> {
            try {
                delete(trash);
            } catch (IOException ignored) {
                // the next build's recover() tries again
            } finally {
                synchronized (DELETING) {
                    DELETING.remove(trash);
                }
            }
        }, "delete-old-site");
        synchronized (DELETING) {
            DELETING.put(trash, cleaner);
        }
        cleaner.start();
    }

    /**
     * Waits until this process has deleted the sites it replaced. The command line calls it before
     * the JVM exits, which would otherwise cut a deletion short and leave the rest to the next build
     * (2 to 3 s at 2 × 5,000 pages, in a build that then finds nothing changed).
     */
    public static void awaitDeletions() {
        List<Thread> cleaners;
        synchronized (DELETING) {
            cleaners = List.copyOf(DELETING.values());
        }
        try {
            for (Thread cleaner : cleaners) {
                cleaner.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Brings a few changed files into the output without copying the unchanged thousands: the
     * list of moves and deletions is written to a journal first, then carried out; a build killed
     * halfway is completed by the next {@link #recover()}, so readers never see a mix for long
     * and no change is half-applied for good.
     *
     * @param staging folder holding the new versions of {@code moves}
     * @param moves   files (relative paths) to put into the output
     * @param deletes files (relative paths) to remove from the output
     */
    public void apply(Path staging, List<String> moves, List<String> deletes) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(staging.toString());
        moves.forEach(m -> lines.add("M " + m));
        deletes.forEach(d -> lines.add("D " + d));
        Path tmp = journal().resolveSibling(journal().getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        move(tmp, journal());
        replay();
    }

    private Path journal() {
        return output.resolveSibling("." + output.getFileName() + "-apply.journal");
    }

    /** Carries out a written journal: every move whose file is still staged, every deletion. */
    private void replay() throws IOException {
        Path journal = journal();
        if (!Files.isRegularFile(journal)) {
            return;
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        Path staging = Path.of(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String relative = line.substring(2);
            Path target = output.resolve(relative).normalize();
            if (!target.startsWith(output)) {
                continue;
            }
            if (line.startsWith("M ")) {
                Path source = staging.resolve(relative);
                if (Files.exists(source)) {
                    Files.createDirectories(target.getParent());
                    Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } else if (line.startsWith("D ")) {
                Files.deleteIfExists(target);
                for (Path dir = target.getParent(); dir != null && !dir.equals(output) && dir.startsWith(output); dir = dir.getParent()) {
                    // Not FolderWalk.entries, which would read all of a folder of thousands of pages to see it is not empty.
                    try (var entries = Files.list(dir)) {
                        if (entries.findAny().isPresent()) {
                            break;
                        }
                    }
                    Files.delete(dir);
                }
            }
        }
        Files.delete(journal);
    }

    /** Replaced sites being deleted right now, by this process, with the thread deleting each. */
    private static final Map<Path, Thread> DELETING = new HashMap<>();

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

    /**
     * Not a {@link FolderWalk}: it deletes each folder once the walk has left it, as it goes, where a list would hold a whole
     * site's paths first; a folder it cannot open already fails as an {@link IOException} naming it.
     */
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
