package guide.concurrent;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work beside a build: its result reaches the build, its failure is the build's failure as it was
 * thrown (an index that cannot be written names the file, as it did when the build wrote it itself),
 * and a build that stops early waits for it before it deletes what the work writes into.
 */
class BesideTest {
    @Test
    void takeGivesWhatTheWorkMadeOnItsOwnThread() throws IOException {
        AtomicReference<String> thread = new AtomicReference<>();
        Beside<String> work = Beside.start("search-index", () -> {
            thread.set(Thread.currentThread().getName());
            return "made";
        });
        assertEquals("made", work.take());
        assertEquals("search-index", thread.get());
    }

    @Test
    void takeThrowsTheWorksFailureAsItWasThrown() {
        IOException io = new IOException("cannot write pl/search/meta.json");
        assertSame(io, assertThrows(IOException.class, () -> Beside.start("w", () -> {
            throw io;
        }).take()));
        IllegalStateException runtime = new IllegalStateException("broken");
        assertSame(runtime, assertThrows(IllegalStateException.class, () -> Beside.<String>start("w", () -> {
            throw runtime;
        }).take()));
        AssertionError error = new AssertionError("error");
        assertSame(error, assertThrows(AssertionError.class, () -> Beside.<String>start("w", () -> {
            throw error;
        }).take()));
    }

    @Test
    void settleWaitsForTheEndAndSaysNothingOfAFailure() throws InterruptedException {
        CountDownLatch begun = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        Beside<String> work = Beside.start("w", () -> {
            begun.countDown();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.set(true);
            throw new IOException("the build stopped for another reason");
        });
        begun.await();
        work.settle();
        assertTrue(ended.get(), "settle returned before the work ended");
    }

    @Test
    void anInterruptedCallerStillWaitsAndStaysInterrupted() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        Beside<String> work = Beside.start("w", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "done";
        });
        Thread.currentThread().interrupt();
        new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        }).start();
        try {
            assertEquals("done", work.take());
            assertTrue(Thread.currentThread().isInterrupted(), "the caller's interrupt is kept");
        } finally {
            Thread.interrupted();
        }
    }
}
