package guide.concurrent;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllCoresTest {

    @Test
    void mapsEveryItemOnceAndKeepsTheirOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();
        List<String> mapped = AllCores.map(items, i -> {
            calls.incrementAndGet();
            return "page-" + i;
        });
        assertEquals(5_000, calls.get());
        assertEquals(IntStream.range(0, 5_000).mapToObj(i -> "page-" + i).toList(), mapped);
    }

    @Test
    void slowItemsAreSharedOutRatherThanLeftToOneThread() {
        // Items that take a while: with a thread per core taking one at a time, more than one thread works when there are cores for it.
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AllCores.map(IntStream.range(0, 40).boxed().toList(), i -> {
            threads.add(Thread.currentThread());
            sleep(5);
            return i;
        });
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism() + 1);
        assertEquals(cores > 1, threads.size() > 1, "threads that worked: " + threads);
        assertTrue(threads.contains(Thread.currentThread()), "the calling thread works too");
    }

    @Test
    void aSlowItemHoldsUpNoOtherItem() throws Exception {
        // The first item waits until every other item is done. Handed out one at a time, the other
        // cores take them all meanwhile; cut into fixed parts (as a parallel stream cuts a list),
        // the items in the slow item's part would wait behind it, and it would wait for them.
        Assumptions.assumeTrue(ForkJoinPool.getCommonPoolParallelism() > 0
                && Runtime.getRuntime().availableProcessors() > 1, "needs a second core");
        int n = 100;
        CountDownLatch others = new CountDownLatch(n - 1);
        List<Boolean> released = AllCores.map(IntStream.range(0, n).boxed().toList(), i -> {
            if (i > 0) {
                others.countDown();
                return true;
            }
            try {
                return others.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        assertTrue(released.get(0), "the slow item waited 10 s in vain: the other items were held up behind it");
    }

    @Test
    void aFailureIsThrownToTheCallerAndStopsWhatIsNotStarted() {
        IllegalStateException broken = new IllegalStateException("page 3 cannot be rendered");
        AtomicInteger started = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> AllCores.map(IntStream.range(0, 1_000).boxed().toList(), i -> {
            started.incrementAndGet();
            if (i == 3) {
                throw broken;
            }
            sleep(1);
            return i;
        }));
        assertSame(broken, thrown);
        assertTrue(started.get() < 1_000, "items after the failure were still started: " + started.get());
    }

    @Test
    void anEmptyListGivesAnEmptyList() {
        assertEquals(List.of(), AllCores.map(List.<String>of(), s -> s.length()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
