package guide.build;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Saves the page cache of preview builds on a thread of its own, so an edit reaches the browser
 * before the cache is on disk. A save that fails only costs the next build some rendering: it
 * renders what it cannot prove unchanged.
 */
final class PreviewSaver {
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "save-page-cache");
        t.setDaemon(true);
        return t;
    });

    void save(PageCache cache, Map<String, PageCache.Entry> entries, Set<String> files, String sources, BuildReport report) {
        saver.submit(() -> {
            try {
                cache.save(entries, files, sources, report);
            } catch (IOException e) {
                // the next build renders what it cannot prove unchanged
            }
        });
    }

    /** Lets the queued saves finish (up to ten seconds) and takes no more. */
    void finish() {
        saver.shutdown();
        try {
            saver.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
