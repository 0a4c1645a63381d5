package guide.readme;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A step is taken once for each copy of the project: the cases after the first on the same copy reuse it, and a class run
 * again in the same JVM on a fresh copy (its {@code @RealProject} field set anew) gets the step taken on that copy.
 */
class SharedStepTest {
    private Path copy = Path.of("/tmp/real-project-1");

    @Test
    void aSecondRunOnAFreshCopyTakesTheStepAgain() throws Exception {
        AtomicInteger taken = new AtomicInteger();
        SharedStep<String> built = SharedStep.giving(() -> copy, () -> "built " + copy.getFileName() + " #" + taken.incrementAndGet());
        assertEquals("built real-project-1 #1", built.get());
        assertEquals("built real-project-1 #1", built.get(), "a later case on the same copy");
        copy = Path.of("/tmp/real-project-2");
        assertEquals("built real-project-2 #2", built.get(), "the first case of the second run, on a fresh copy");
    }

    @Test
    void aStepThatFailedOnOneCopyIsTakenAgainOnTheNext() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        SharedStep<Void> exported = SharedStep.of(() -> copy, () -> {
            if (tries.incrementAndGet() == 1) {
                throw new AssertionError("the export printed something else");
            }
        });
        assertThrows(AssertionError.class, exported::ensure);
        IllegalStateException again = assertThrows(IllegalStateException.class, exported::ensure, "a later case on the same copy");
        assertEquals("the export printed something else", again.getCause().getMessage());
        copy = Path.of("/tmp/real-project-2");
        exported.ensure();
        assertEquals(2, tries.get(), "taken again on the fresh copy");
    }

    @Test
    void aStepNeededBeforeItsCopyIsMadeSaysSo() {
        copy = null;
        IllegalStateException early = assertThrows(IllegalStateException.class, SharedStep.of(() -> copy, () -> { })::ensure);
        assertEquals("the step's copy of the project is not made yet: is its field marked @RealProject?", early.getMessage());
    }
}
