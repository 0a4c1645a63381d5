package guide.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on every core, one item at a time: each thread takes the next item as soon as it
 * has finished one, so the cores finish together. A parallel stream splits the list into fixed
 * parts instead (on 2 cores, four of about 500 pages each at 2 × 1,000 articles), and one core
 * then waited up to 1.5 s at the end of the pages for the other to finish its part (JFR's
 * thread-park events of a cold build).
 */
public final class AllCores {
    private AllCores() {
    }

    /**
     * {@code f} applied to every item, the results in the items' order. The calling thread works
     * too, with the common pool's threads (one per other core, the same threads a parallel stream
     * uses, so what they keep per thread stays warm between the preview's builds). If {@code f}
     * throws, the items not yet started are left out, and the first failure is thrown once every
     * thread has stopped.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        int n = items.size();
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    results[i] = f.apply(items.get(i));
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                next.set(n);
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int h = Math.min(n - 1, ForkJoinPool.getCommonPoolParallelism()); h > 0; h--) {
            helpers.add(ForkJoinPool.commonPool().submit(work));
        }
        work.run();
        // Joining also makes the helpers' results visible to this thread.
        helpers.forEach(ForkJoinTask::join);
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }
}
