package guide.build;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build and the preview may run at once: a build into an output that another process is
 * building into waits for it, then builds; it never writes into the output meanwhile.
 */
class OutputLockTest {

    @Test
    void aBuildWaitsForAnotherProcessBuildingIntoTheSameOutput(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        // How long a build takes here, so that the wait below is surely longer than an unhindered build.
        long start = System.nanoTime();
        new SiteBuilder(project).build(temp.resolve("warm-up"));
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), output.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", said.readLine());

            CompletableFuture<BuildReport> build = CompletableFuture.supplyAsync(() -> {
                try {
                    return new SiteBuilder(project).build(output);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(Math.max(3000, 3 * buildMillis));
            assertFalse(build.isDone(), "the build waits while the other process holds the output");
            assertFalse(Files.exists(output), "and has written nothing into it");

            other.getOutputStream().close(); // the other build ends
            BuildReport report = build.get(120, TimeUnit.SECONDS);
            assertTrue(report.rendered() > 0);
            assertTrue(Files.isRegularFile(output.resolve("pl/index.html")));
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The build that holds the output knows when a build in another process waits for it (the preview then saves its
     * page cache before it lets go), and no longer once that build has had its turn.
     */
    @Test
    void theBuildHoldingTheOutputSeesABuildOfAnotherProcessWaitForIt(@TempDir Path temp) throws Exception {
        Path output = temp.resolve("site");
        Process other = null;
        try {
            try (OutputLock lock = OutputLock.acquire(output)) {
                assertFalse(lock.othersWaiting(), "no build waits yet");
                other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), LockWaiter.class.getName(), output.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!lock.othersWaiting() && other.isAlive() && System.nanoTime() < until) {
                    Thread.sleep(20);
                }
                assertTrue(lock.othersWaiting(), "the other process's build waits for the output");
            }
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", said.readLine(), "the waiting build had its turn once the output was let go");
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
            try (OutputLock lock = OutputLock.acquire(output)) {
                assertFalse(lock.othersWaiting(), "no build waits any more");
            }
        } finally {
            if (other != null) {
                other.destroy();
            }
        }
    }
}
