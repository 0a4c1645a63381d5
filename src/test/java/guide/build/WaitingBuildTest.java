package guide.build;

import guide.site.ProjectFixture;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor saves while the preview runs and types {@code ./guide build} at once: the build waits for the preview's,
 * then finds the site it left up to date. It must reuse what that build published, not render every page again.
 */
class WaitingBuildTest {

    @Test
    @Timeout(180)
    void aBuildThatWaitedForThePreviewsReusesWhatThePreviewPublished(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        SiteBuilder preview = new SiteBuilder(project).forPreview();
        try {
            preview.build(output);
            Path article = project.resolve("content/pl/jak-wystawic-fakture.md");
            Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8) + "\nAkapit dopisany podczas podglądu.\n",
                    StandardCharsets.UTF_8);

            AtomicReference<Thread> commandLine = new AtomicReference<>();
            CompletableFuture<BuildReport> waited = new CompletableFuture<>();
            // Once the preview's pages are out, and while it still holds the output, the command-line build starts and waits.
            preview.build(output, warnings -> commandLine.set(startWaitingBuild(project, output, waited)));
            assertNotNull(commandLine.get(), "the command-line build started while the preview's build held the output");

            BuildReport report = waited.get(120, TimeUnit.SECONDS);
            assertTrue(Files.readString(output.resolve("pl/jak-wystawic-fakture/index.html"), StandardCharsets.UTF_8)
                    .contains("Akapit dopisany podczas podglądu."), "the edit is published");
            assertEquals(0, report.rendered(), "files the waiting build rendered again, though the preview had just published them");
            assertTrue(report.reused() > 0, "it took the preview's files as they were: " + report.reused());
        } finally {
            preview.finishSaving();
        }
        Path clean = temp.resolve("clean");
        new SiteBuilder(project).build(clean);
        assertEquals(SiteSnapshot.of(clean), SiteSnapshot.of(output), "the site is a clean build's");
    }

    /** Starts a command-line build into {@code output} and returns once it waits for the output's lock. */
    private static Thread startWaitingBuild(Path project, Path output, CompletableFuture<BuildReport> result) {
        Thread build = new Thread(() -> {
            try {
                result.complete(new SiteBuilder(project).build(output));
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        }, "command-line build");
        build.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!waitsForTheLock(build) && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertTrue(waitsForTheLock(build), "the command-line build waits for the preview's");
        return build;
    }

    private static boolean waitsForTheLock(Thread build) {
        return build.getState() == Thread.State.WAITING
                && Arrays.stream(build.getStackTrace()).anyMatch(f -> f.getClassName().equals(OutputLock.class.getName()) && f.getMethodName().equals("acquire"));
    }
}
