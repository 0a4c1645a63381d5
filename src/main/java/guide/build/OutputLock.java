package guide.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One build at a time into an output folder: {@code ./guide build} may run while {@code ./guide
 * serve} rebuilds into the same {@code target/site}, and without this their staged files and page
 * caches could interleave. The lock is an OS file lock on a file beside the output
 * ({@code target/.site.lock}), so it holds across processes and is released if a build is killed;
 * builds in the same process (the preview, the daemon) queue on a lock of their own first, since a
 * process cannot hold the same file lock twice. A build that has to wait says so once.
 */
final class OutputLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other build writes into {@code output}, then holds it until {@link #close()}. */
    static OutputLock acquire(Path output) throws IOException {
        Path file = lockFile(output);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        if (!local.tryLock()) {
            waiting(output);
            local.lock();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting(output);
                lock = channel.lock();
            }
            return new OutputLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    /** {@code target/.site.lock} for {@code target/site}. */
    static Path lockFile(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    private static void waiting(Path output) {
        System.err.println("Waiting for another build into " + output + " to finish (the preview's, say)...");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
