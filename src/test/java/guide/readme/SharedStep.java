package guide.readme;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A set-up step several cases of a test class need, taken by the first case that runs and needs it, and only once for each
 * copy of the project: a build of the unchanged copy, an export, a language added. So each case passes run alone
 * ({@code -Dtest='Class#case'}) as well as in the class's order, and the class as a whole does the work once. Held in a
 * {@code static final} field of the class, beside the {@link RealProject} copy it works on; as that field gets a fresh copy
 * each time the class runs, the step remembers the copy it was taken on and is taken again on a new one (a second run of
 * the class in the same JVM would otherwise skip it and find the fresh copy without it). A step that failed fails every
 * case on the same copy that needs it, with its first failure as the cause, rather than being taken again over what it
 * left half done.
 *
 * @param <T> what the step gives its cases (a command's run, say), or {@link Void}
 */
final class SharedStep<T> {
    /** The work of a step, which may throw what a test may. */
    @FunctionalInterface
    interface Work<T> {
        T take() throws Exception;
    }

    /** The work of a step that gives nothing. */
    @FunctionalInterface
    interface Action {
        void take() throws Exception;
    }

    private final Supplier<Path> project;
    private final Work<T> work;
    /** The copy of the project the step was last taken (or tried) on; null before the first. */
    private Path takenOn;
    private boolean taken;
    private T result;
    private Throwable failure;

    private SharedStep(Supplier<Path> project, Work<T> work) {
        this.project = Objects.requireNonNull(project, "project");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A step on the copy {@code project} gives (the class's {@link RealProject} field, read when a case needs the step). */
    static <T> SharedStep<T> giving(Supplier<Path> project, Work<T> work) {
        return new SharedStep<>(project, work);
    }

    /** A step on the copy {@code project} gives that only changes it. */
    static SharedStep<Void> of(Supplier<Path> project, Action action) {
        Objects.requireNonNull(action, "action");
        return new SharedStep<>(project, () -> {
            action.take();
            return null;
        });
    }

    /** What the step gave, taking it first unless a case before this one did on the same copy of the project. */
    T get() throws Exception {
        Path copy = project.get();
        if (copy == null) {
            throw new IllegalStateException("the step's copy of the project is not made yet: is its field marked @RealProject?");
        }
        if (!copy.equals(takenOn)) {
            takenOn = copy;
            taken = false;
            result = null;
            failure = null;
        }
        if (failure != null) {
            throw new IllegalStateException("a set-up step this case needs failed in an earlier case", failure);
        }
        if (!taken) {
            try {
                result = work.take();
            } catch (Exception | AssertionError e) {
                failure = e;
                throw e;
            }
            taken = true;
        }
        return result;
    }

    /** Takes the step unless a case before this one did on the same copy of the project. */
    void ensure() throws Exception {
        get();
    }
}
