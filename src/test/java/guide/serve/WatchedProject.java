package guide.serve;

import guide.content.ContentChanges;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's {@link SourceWatcher} running on a project folder in a thread of its own, as {@code ./guide serve} starts
 * it, with the rebuilds it asks for counted instead of made: what the watcher's tests start before each case.
 */
final class WatchedProject implements AutoCloseable {
    /** Long enough for a burst of saves to settle and its rebuild to be counted. */
    static final long SETTLE_MILLIS = 600;

    private final SourceWatcher watcher;
    private final AtomicInteger rebuilds = new AtomicInteger();

    private WatchedProject(Path project) throws IOException {
        watcher = new SourceWatcher(project, project.resolve("content"), List.of(project.resolve("assets")), new ContentChanges());
        Thread thread = new Thread(() -> watcher.run(changed -> rebuilds.incrementAndGet()), "test-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches {@code project}'s content/ (which must be there) and assets/. */
    static WatchedProject start(Path project) throws IOException {
        return new WatchedProject(project);
    }

    /** Waits {@link #SETTLE_MILLIS}: what was saved has been seen, and its rebuild asked for. */
    void settle() throws InterruptedException {
        Thread.sleep(SETTLE_MILLIS);
    }

    /** The rebuilds asked for so far, once what was saved has settled. */
    int rebuildsAfterSettling() throws InterruptedException {
        settle();
        return rebuilds.get();
    }

    int watchedFolders() {
        return watcher.watchedFolders();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
