package guide.serve;

import guide.content.ContentChanges;
import guide.site.EditorLeftovers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the editors' folders and jbake.properties, and calls back once per burst of changes
 * (an editor's save often writes several events; they settle into one rebuild). It notes every
 * path it sees change in {@link ContentChanges}, so a build need not walk the content folder.
 */
final class SourceWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 5;
    /**
     * How long a burst waits for more while a document it named is missing or empty, or a backup it made is there: a save may
     * empty the file before it writes it, move the old file away before it writes the new one, or write a temporary file
     * before it renames it over the page.
     */
    private static final long MISSING_MILLIS = 50;

    private final WatchService service;
    private final Path projectDir;
    private final List<Path> folders;
    private final ContentChanges changes;
    private final Set<WatchKey> watched = ConcurrentHashMap.newKeySet();
    private final BuiltStates built = new BuiltStates();

    /** @param others the folders watched besides the content folder (templates, assets) */
    SourceWatcher(Path projectDir, Path contentDir, List<Path> others, ContentChanges changes) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.projectDir = projectDir;
        List<Path> all = new ArrayList<>(List.of(contentDir));
        all.addAll(others);
        this.folders = List.copyOf(all);
        this.changes = changes;
        projectDir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        changes.watching(contentDir);
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                registerTree(folder);
            }
        }
    }

    /**
     * Watches the folder and every folder in it. A folder that went as it came has nothing in it to
     * miss; one that cannot be watched (say, at the system's limit of watches) means the builds
     * cannot trust the watcher, and walk the content folder from now on. Not a {@link guide.site.FolderWalk}: each folder
     * is watched as the walk meets it and a hidden one is passed over without entering it, and a folder it cannot open is
     * no problem to report (the build that follows names it) but only a folder left unwatched.
     */
    private void registerTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (hidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    try {
                        watched.add(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE));
                    } catch (NoSuchFileException e) {
                        return FileVisitResult.SKIP_SUBTREE; // went as it came: nothing in it to miss
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // went as it came: nothing in it to miss
                    }
                    throw e;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            if (Files.isDirectory(root)) {
                changes.unwatched();
            }
        }
    }

    /**
     * Whether {@code dir} is a hidden folder in a watched one ({@code content/.obsidian/}, and all in it): the build passes
     * over what is in it, so it is not watched, which saves the system's watches and the rebuilds its saves would wake.
     */
    private boolean hidden(Path dir) {
        for (Path folder : folders) {
            if (dir.startsWith(folder) && !dir.equals(folder)) {
                return EditorLeftovers.isHidden(dir.getFileName().toString())
                        || EditorLeftovers.inHiddenFolder(folder.relativize(dir).toString().replace('\\', '/'));
            }
        }
        return false;
    }

    /** How many folders are watched, for tests: the system allows each user a limited number of watches. */
    int watchedFolders() {
        return (int) watched.stream().filter(WatchKey::isValid).count();
    }

    /**
     * Blocks, calling {@code onChange} with the files and folders it named after each settled burst of relevant changes ({@link Burst}) that finds a file not as
     * the last rebuild saw it ({@link BuiltStates}: not the late events of a save already built), until closed.
     */
    void run(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Burst burst = new Burst(projectDir, folders);
                drain(key, burst);
                WatchKey more;
                while ((more = next(burst)) != null) {
                    drain(more, burst);
                }
                if (burst.relevant() && (built.changedSinceLastBuild(burst.paths()) || burst.lostEvents())) {
                    onChange.accept(burst.paths());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    /** The next events of a burst: any within 5 ms, or within 50 ms while a save seems under way ({@link Burst#unfinished}). */
    private WatchKey next(Burst burst) throws InterruptedException {
        WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        if (more == null && burst.unfinished()) {
            more = service.poll(MISSING_MILLIS, TimeUnit.MILLISECONDS);
        }
        return more;
    }

    /**
     * Adds the events to the burst, which decides whether they call for a rebuild. A new folder is watched from now on;
     * after lost events, every folder is watched again (walking the whole tree on every change would cost more than the
     * rebuild itself).
     */
    private void drain(WatchKey key, Burst burst) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                for (Path folder : folders) {
                    if (Files.isDirectory(folder)) {
                        registerTree(folder); // OVERFLOW: events were lost, new folders among them
                    }
                }
                changes.lost(); // after watching again: the build that walks sees what came before
                burst.lost();
                continue;
            }
            Path child = dir.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && (!dir.equals(projectDir) || folders.contains(child))
                    && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(child); // a new folder (or one moved in) and the folders inside it
            }
            // Noted once the folder is watched: a build that walks it after this sees what came before, the events what comes after.
            changes.changed(child);
            burst.add(dir, child, event.kind());
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
