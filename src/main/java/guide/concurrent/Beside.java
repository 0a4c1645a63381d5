package guide.concurrent;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of a build's work on a thread of its own, beside what the build does meanwhile, whose
 * result (or failure, as it was thrown) the build takes when it needs it. Made for the one part of a
 * build that mostly keeps one core busy while the other has work of its own (the search index beside
 * the cards: {@code guide.build.SearchIndexStep}). Whoever starts one either {@link #take}s it or
 * {@link #settle}s it: a build that stops early must not leave it writing into a folder it deletes.
 *
 * @param <T> what the work makes
 */
public final class Beside<T> {
    /** Work that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    private final FutureTask<T> task;

    private Beside(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    public static <T> Beside<T> start(String name, Work<T> work) {
        Objects.requireNonNull(work, "work");
        FutureTask<T> task = new FutureTask<>(work::run);
        Thread thread = new Thread(task, Objects.requireNonNull(name, "name"));
        thread.setDaemon(true);
        thread.start();
        return new Beside<>(task);
    }

    /** Waits for the work to end and returns what it made, or throws what it threw. */
    public T take() throws IOException {
        try {
            return uninterrupted();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Waits for the work to end, whatever became of it: for a caller that has stopped for a reason of its own, which it reports. */
    public void settle() {
        try {
            uninterrupted();
        } catch (ExecutionException e) {
            // The caller's own failure is the one to report; this work's output goes with the caller's.
        }
    }

    /** The work's result, waited for to the end even if this thread is interrupted meanwhile (it is then interrupted again). */
    private T uninterrupted() throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
