package guide.readme;

/**
 * A set-up step several cases of a test class need, taken by the first case that runs and needs it, and only once: a build
 * of the unchanged copy, an export, a language added. So each case passes run alone ({@code -Dtest='Class#case'}) as well as
 * in the class's order, and the class as a whole does the work once. Held in a {@code static final} field of the class, like
 * the {@link RealProject} copy it works on. A step that failed fails every case that needs it, with its first failure as
 * the cause, rather than being taken again over what it left half done.
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

    private final Work<T> work;
    private boolean taken;
    private T result;
    private Throwable failure;

    private SharedStep(Work<T> work) {
        this.work = work;
    }

    /** A step whose cases use what it gives. */
    static <T> SharedStep<T> giving(Work<T> work) {
        return new SharedStep<>(work);
    }

    /** A step that only changes the project. */
    static SharedStep<Void> of(Action action) {
        return new SharedStep<>(() -> {
            action.take();
            return null;
        });
    }

    /** What the step gave, taking it first unless a case before this one did. */
    T get() throws Exception {
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

    /** Takes the step unless a case before this one did. */
    void ensure() throws Exception {
        get();
    }
}
