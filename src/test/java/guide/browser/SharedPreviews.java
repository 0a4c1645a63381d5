package guide.browser;

import guide.site.ProjectFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Previews of an untouched project that the browser test classes of one test JVM share: the real project and the test
 * site, each copied, built and served once, then read by every class that only reads it, and stopped when the JVM
 * exits. Each class built and served a copy of its own before, about five seconds a class. A class that edits its
 * project, or needs a fresh one, serves its own ({@link PreviewBrowserTest#browse}).
 */
final class SharedPreviews {
    private static PreviewedSite realProject;
    private static PreviewedSite testSite;

    private SharedPreviews() {
    }

    /** The real project's content, settings, templates and assets, served. */
    static synchronized PreviewedSite realProject() {
        if (realProject == null) {
            realProject = serve("real-project", ProjectFixture::copyRealProject);
        }
        return realProject;
    }

    /** The test site (src/test/resources/fixture-site with the real templates and assets), served. */
    static synchronized PreviewedSite testSite() {
        if (testSite == null) {
            testSite = serve("test-site", ProjectFixture::copyProject);
        }
        return testSite;
    }

    /** Whether {@code site} is one of the shared previews, which no class stops. */
    static synchronized boolean isShared(PreviewedSite site) {
        return site == realProject || site == testSite;
    }

    private static PreviewedSite serve(String name, Function<Path, Path> copy) {
        try {
            Path folder = Files.createTempDirectory("guide-shared-" + name);
            PreviewedSite site = PreviewedSite.serve(copy.apply(folder.resolve("project")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                site.close();
                deleteTree(folder);
            }));
            return site;
        } catch (Exception e) {
            throw new IllegalStateException("the shared preview of the " + name + " did not start", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
