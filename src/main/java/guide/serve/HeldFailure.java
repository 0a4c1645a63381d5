package guide.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * When the preview tells of a failed build: at once, unless a file of the save that started it was written less than
 * {@link #STILL_MILLIS} ago; then once the save's files have been still that long, and not at all if another build starts
 * first. The watcher hears that a file changed, never that the program writing it has closed it (Java's WatchService has no
 * such event), so a program that pauses mid-write (a long page written in pieces on a busy machine) gets the half-written
 * page built; that build often fails (another page links to a heading still to come), and telling of it would flash its
 * problems in the browser and on the console just before the rest of the page lands and the next build replaces them. A
 * failed build publishes nothing, so the last good build stays served meanwhile; a save that builds is never held. A
 * failure is held {@link #MAX_HOLD_MILLIS} at most: a file whose time is in the future (a clock set back, {@code touch -d
 * tomorrow}, a file copied from a machine whose clock is ahead) never looks still, and would hold it until that time.
 */
final class HeldFailure implements AutoCloseable {
    /**
     * How long a save's files must have been still before its failure is told: longer than a busy writer's pauses (400 ms
     * in PreviewPausedSaveTest held at 0.5 s too, not at 0.4 s), and what a real typo waits before it is shown.
     */
    static final long STILL_MILLIS = 600;
    /** The longest a failure is held after its build ended, however recent its files' times. */
    static final long MAX_HOLD_MILLIS = 3000;

    private final Object lock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "preview-held-failure");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private long generation;

    /** @param lock held while a failure is told, and by every build, so that no build starts while one is being told */
    HeldFailure(Object lock) {
        this.lock = lock;
    }

    /** A build starts: a failure still held is dropped, as this build's outcome replaces it. Called under the lock. */
    void supersede() {
        generation++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /** Runs {@code tell} now, or once the files of the save that made the failed build ({@code changed}) have been still. */
    void tell(Set<Path> changed, Runnable tell) {
        hold(changed, tell, System.currentTimeMillis() + MAX_HOLD_MILLIS);
    }

    /** Runs {@code tell} once the files are still, or at {@code deadline} (the time in milliseconds) if that comes first. */
    private void hold(Set<Path> changed, Runnable tell, long deadline) {
        long wait = Math.min(untilStill(changed), deadline - System.currentTimeMillis());
        if (wait <= 0) {
            tell.run();
            return;
        }
        long mine = generation;
        pending = timer.schedule(() -> later(mine, changed, tell, deadline), wait, TimeUnit.MILLISECONDS);
    }

    private void later(long mine, Set<Path> changed, Runnable tell, long deadline) {
        synchronized (lock) {
            if (mine == generation) {
                hold(changed, tell, deadline); // written again meanwhile, its event still on the way: wait again
            }
        }
    }

    /** Milliseconds until the newest of the files was written {@link #STILL_MILLIS} ago; 0 or less when it was. */
    private static long untilStill(Set<Path> files) {
        long newest = 0;
        for (Path file : files) {
            try {
                newest = Math.max(newest, Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis());
            } catch (IOException e) {
                // gone: a deletion is not a write under way
            }
        }
        return Math.min(newest + STILL_MILLIS - System.currentTimeMillis(), STILL_MILLIS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
