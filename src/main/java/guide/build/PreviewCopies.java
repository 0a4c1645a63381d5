package guide.build;

import guide.image.ImageFile;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The copies of pictures only drafts show that the preview made ({@link DraftFiles}), by what decides their bytes
 * ({@link ImageFile#inputs()}), kept across builds while their photo is unchanged. The preview answers requests on several
 * threads at once (a page's pictures, two tabs, a reload during a slow copy): the first request for a copy makes it and the
 * others for the same copy wait for it, so none is made twice; no lock is held while a copy is made, so a request for
 * another copy, or the next build dropping the copies it no longer needs ({@link #retain}), does not wait for it. A copy that
 * could not be made is not kept: a request after the photo is fixed makes it.
 */
final class PreviewCopies {
    private final ConcurrentHashMap<String, FutureTask<byte[]>> byInputs = new ConcurrentHashMap<>();
    private final AtomicInteger makes = new AtomicInteger();

    /**
     * The bytes of {@code copy}, made now unless made before.
     *
     * @throws RuntimeException what making it threw ({@link guide.image.DamagedImage}, say), to each request that waited for it
     */
    byte[] bytes(ImageFile copy) {
        FutureTask<byte[]> made = new FutureTask<>(() -> {
            makes.incrementAndGet();
            return copy.bytes().get();
        });
        FutureTask<byte[]> first = byInputs.putIfAbsent(copy.inputs(), made);
        if (first == null) {
            first = made;
            made.run();
        }
        try {
            return first.get();
        } catch (ExecutionException e) {
            byInputs.remove(copy.inputs(), first);
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the copy " + copy.outputPath(), e);
        }
    }

    /** Keeps only the copies made from {@code inputs}: those the drafts still show. */
    void retain(Set<String> inputs) {
        byInputs.keySet().retainAll(inputs);
    }

    /** Forgets every copy: no draft shows a picture of its own. */
    void clear() {
        byInputs.clear();
    }

    /** How many times a copy was made (or tried), across the builds: one asked for again costs none. */
    int makes() {
        return makes.get();
    }
}
