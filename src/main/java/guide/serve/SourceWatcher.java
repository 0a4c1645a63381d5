package guide.serve;

import guide.content.ContentChanges;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the editors' folders and jbake.properties, and calls back once per burst of changes
 * (an editor's save often writes several events; they settle into one rebuild). It notes every
 * path it sees change in {@link ContentChanges}, so a build need not walk the content folder.
 */
final class SourceWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 5;

    private final WatchService service;
    private final Path projectDir;
    private final List<Path> folders;
    private final ContentChanges changes;

    /** @param others the folders watched besides the content folder (templates, assets) */
    SourceWatcher(Path projectDir, Path contentDir, List<Path> others, ContentChanges changes) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.projectDir = projectDir;
        this.folders = new ArrayList<>(List.of(contentDir));
        this.folders.addAll(others);
        this.changes = changes;
        projectDir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (Path folder : folders) {
            registerTree(folder);
        }
        changes.watching(contentDir);
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Blocks, calling {@code onChange} after each settled burst of relevant changes, until closed. */
    void run(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException | IOException e) {
            // closed: the preview is stopping
        }
    }

    /**
     * True if the events concern the watched folders or jbake.properties, not target/ or editor
     * swap files. A new folder is watched from now on; after lost events, every folder is watched
     * again (walking the whole tree on every change would cost more than the rebuild itself).
     */
    private boolean drain(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                changes.lost();
                for (Path folder : folders) {
                    registerTree(folder); // OVERFLOW: events were lost, new folders among them
                }
                relevant = true;
                continue;
            }
            Path child = dir.resolve(name);
            changes.changed(child);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && (!dir.equals(projectDir) || folders.contains(child))) {
                registerTree(child); // a new folder (or one moved in) and the folders inside it
            }
            String file = name.getFileName().toString();
            boolean scratch = file.startsWith(".") || file.endsWith("~") || file.endsWith(".swp");
            if (dir.equals(projectDir)) {
                relevant |= file.equals("jbake.properties");
            } else {
                relevant |= !scratch;
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
