package guide.build;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Saves the page cache of preview builds on a thread of its own, once the editor pauses: an edit
 * reaches the browser before the cache is on disk, and a run of saves does not take the second
 * core from the builds. Only the last build's cache is saved (a newer build replaces a save not yet
 * started); the build deleted the cache on disk before it published, so until the save the next
 * command-line build simply renders everything. A save that fails costs the same. A save is left
 * undone while another build holds the output (it saves its own cache if it publishes), and once
 * another build has changed it ({@link OutputLock}): that build's cache describes the output. When
 * another build waits for the output as a preview build ends ({@code ./guide build} typed right after
 * a save), the cache is saved at once, before that build starts: it then takes the files the preview
 * has just published as they are, instead of rendering every page again.
 */
final class PreviewSaver {
    /** How long after a build its cache is saved, unless another build comes first. */
    static final long QUIET_MILLIS = 3000;

    private final long quietMillis;
    /** The name of the builder whose builds' caches this saves ({@link OutputLock#builderName()}). */
    private final String builder;

    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "save-page-cache");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private Runnable pendingSave;

    PreviewSaver(String builder) {
        this(QUIET_MILLIS, builder);
    }

    PreviewSaver(long quietMillis, String builder) {
        this.quietMillis = quietMillis;
        this.builder = builder;
    }

    /** Saves the page cache of the build that holds {@code held}: once the editor pauses, or now when another build waits for the output. */
    synchronized void save(OutputLock held, PageCache cache, Map<String, PageCache.Entry> entries, Set<String> files, PageCache.Said said) {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        try {
            if (held.othersWaiting()) {
                cache.save(entries, files, said);
                return;
            }
        } catch (IOException e) {
            return; // as a failed save in the background: the next build renders what it cannot prove unchanged
        }
        pendingSave = () -> {
            try (OutputLock lock = OutputLock.tryAcquire(said.report().output())) {
                if (lock != null && lock.lastPublishedBy(builder)) {
                    cache.save(entries, files, said);
                }
            } catch (IOException e) {
                // the next build renders what it cannot prove unchanged
            }
        };
        pending = saver.schedule(pendingSave, quietMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Called as a build starts: drops the save not yet started (the build saves its own) and waits
     * for one under way, so no older cache lands on disk after the build has deleted it.
     */
    void holdOff() {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        try {
            saver.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RejectedExecutionException e) {
            // nothing under way
        }
    }

    /** Saves what is pending now, lets a save under way finish (up to ten seconds), and takes no more. */
    void finish() {
        synchronized (this) {
            if (pending != null && pending.cancel(false)) {
                saver.execute(pendingSave);
            }
            pending = null;
        }
        saver.shutdown();
        try {
            saver.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
