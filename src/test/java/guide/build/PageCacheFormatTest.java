package guide.build;

import guide.site.ProjectFixture;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import static guide.build.TextFiles.append;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page cache written in another format (by an older builder, whose page keys were SHA-256 hashes
 * before 7 December 2026) is never read: the next build renders every page again and gives what a
 * clean build gives, instead of taking pages whose keys it cannot compare.
 */
class PageCacheFormatTest {
    @TempDir
    Path temp;

    @Test
    void aCacheOfAnotherFormatIsIgnoredAndEveryPageRenderedAgain() throws Exception {
        // A guard test: it passes before and after the page keys became 128-bit hashes, on purpose;
        // it holds the format check that keeps an older builder's cache from being reused.
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        append(project.resolve("content/en/about.md"), "\nOne more line.\n");
        Path clean = temp.resolve("clean");
        new SiteBuilder(project).build(clean);

        Path copy = temp.resolve("copy/site");
        copyTree(output, copy);
        java.nio.file.Files.copy(PageCache.cacheFile(output), PageCache.cacheFile(copy));
        BuildReport current = new SiteBuilder(project).build(copy);
        assertTrue(current.reused() > 0, "a cache of this format is read: " + current);

        try (RandomAccessFile cache = new RandomAccessFile(PageCache.cacheFile(output).toFile(), "rw")) {
            int version = cache.readInt();
            cache.seek(0);
            cache.writeInt(version - 1);
        }
        BuildReport report = new SiteBuilder(project).build(output);
        assertEquals(0, report.reused(), "no page is taken from a cache of another format: " + report);
        assertEquals(SiteSnapshot.of(clean), SiteSnapshot.of(output));
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(file, target);
                }
            }
        }
    }
}
