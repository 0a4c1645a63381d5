package guide.build;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview saves its page cache once the editor pauses, never an older cache after a newer
 * build has started (the build deletes the cache on disk before it publishes), nor over the cache
 * of another build that has published since, and everything pending when it stops.
 */
class PreviewSaverTest {
    private static final long QUIET = 1000;
    private static final String PREVIEW = "the preview's builder";

    @Test
    void aCacheIsSavedAfterAPauseAndAtOnceWhenThePreviewStops(@TempDir Path temp) throws Exception {
        Path output = Files.createDirectories(temp.resolve("site"));
        Path file = PageCache.cacheFile(output);
        PreviewSaver saver = new PreviewSaver(QUIET, PREVIEW);
        save(saver, output);
        assertFalse(Files.exists(file), "not while the editor may still be typing");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); // a busy machine may be slow to save
        while (!Files.exists(file) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(file), "saved after the pause");

        Files.delete(file);
        save(saver, output);
        saver.finish();
        assertTrue(Files.exists(file), "a pending save is made when the preview stops");
    }

    @Test
    void aBuildThatStartsDropsTheSaveNotYetMade(@TempDir Path temp) throws Exception {
        Path output = Files.createDirectories(temp.resolve("site"));
        PreviewSaver saver = new PreviewSaver(QUIET, PREVIEW);
        save(saver, output);
        saver.holdOff();
        Thread.sleep(QUIET * 4);
        assertFalse(Files.exists(PageCache.cacheFile(output)), "the older build's cache never lands after a newer build began");
        saver.finish();
        assertFalse(Files.exists(PageCache.cacheFile(output)));
    }

    /**
     * An editor's {@code ./guide build} in another terminal that publishes before the preview's pending save has saved
     * its own cache, which describes the output as it now is: the preview's, older, must not replace it.
     */
    @Test
    void thePreviewLeavesTheCacheOfABuildThatPublishedAfterIt(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        SiteBuilder preview = new SiteBuilder(project).forPreview();
        preview.build(output);
        byte[] theirs = "the page cache of the other build".getBytes(StandardCharsets.UTF_8);
        try (OutputLock lock = OutputLock.acquire(output)) {
            lock.publishing("another terminal's builder");
            Files.write(PageCache.cacheFile(output), theirs);
        }
        preview.finishSaving(); // makes the pending save now
        assertArrayEquals(theirs, Files.readAllBytes(PageCache.cacheFile(output)), "the other build's page cache is still there");
    }

    private static void save(PreviewSaver saver, Path output) throws IOException {
        try (OutputLock lock = OutputLock.acquire(output)) {
            lock.publishing(PREVIEW); // as the preview's build does before it publishes
            PageCache cache = PageCache.load(output, "fingerprint");
            saver.save(lock, cache, Map.of(), Set.of("index.html"),
                    new PageCache.Said("", new BuildReport(output, Map.of("pl", 1), 1, 0, List.of(), 10, false), List.of()));
        }
    }
}
