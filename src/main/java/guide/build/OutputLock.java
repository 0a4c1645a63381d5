package guide.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One build at a time into an output folder: {@code ./guide build} may run while {@code ./guide
 * serve} rebuilds into the same {@code target/site}, and without this their staged files and page
 * caches could interleave. The lock is an OS file lock on a file beside the output
 * ({@code target/.site.lock}), so it holds across processes and is released if a build is killed;
 * builds in the same process (the preview, the daemon) queue on a lock of their own first, since a
 * process cannot hold the same file lock twice. A build that has to wait says so once.
 *
 * <p>A build that changes a file of the output writes its builder's name into the lock file first: a
 * builder that finds its own name there knows that no other build (another process's, another
 * builder's) has changed the output since its own last one, so the output is as that build left it.
 *
 * <p>The lock is the file's first byte; a build waiting in another process also holds a shared lock on
 * its second byte, so the build it waits for can tell ({@link #othersWaiting}) and leave its page
 * cache on disk before it lets go: the preview saves its own only once the editor pauses.
 */
final class OutputLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final AtomicLong BUILDERS = new AtomicLong();
    /** The byte of the lock file whose lock is the output's. */
    private static final long HELD = 0;
    /** The byte a build in another process that waits for the output holds a shared lock on while it waits. */
    private static final long WAITED_FOR = 1;

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
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(HELD, 1, false);
            if (lock == null) {
                waiting(output);
                lock = waitFor(channel);
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

    /** Takes the output's lock once the build that holds it lets go, marked meanwhile as waiting ({@link #othersWaiting}). */
    private static FileLock waitFor(FileChannel channel) throws IOException {
        // Null when an older builder, which locks the whole file, holds it: it would not look for waiting builds anyway.
        FileLock waiting = channel.tryLock(WAITED_FOR, 1, true);
        try {
            return channel.lock(HELD, 1, false);
        } finally {
            if (waiting != null) {
                waiting.release();
            }
        }
    }

    /**
     * True when another build waits for this one to let go of the output: in this process (another thread's
     * builder), or in another one ({@code ./guide build} while {@code ./guide serve} builds).
     */
    boolean othersWaiting() throws IOException {
        if (local.hasQueuedThreads()) {
            return true;
        }
        try (FileLock free = channel.tryLock(WAITED_FOR, 1, false)) {
            return free == null;
        }
    }

    /**
     * The lock if no build holds it now, else null (without a word): for work that may be left undone rather than wait,
     * such as the preview's saves of its page cache.
     */
    static OutputLock tryAcquire(Path output) throws IOException {
        Path file = lockFile(output);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        if (!local.tryLock()) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(HELD, 1, false);
            if (lock != null) {
                return new OutputLock(local, channel, lock);
            }
            channel.close();
            local.unlock();
            return null;
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    /** A name no other builder has, for {@link #publishing}: this process's id, the time, and a count of the builders made in it. */
    static String builderName() {
        return ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + "-" + BUILDERS.incrementAndGet();
    }

    /** True when the lock file names {@code builder}: the last build that changed the output was that builder's. */
    boolean lastPublishedBy(String builder) throws IOException {
        byte[] name = builder.getBytes(StandardCharsets.UTF_8);
        // One byte more than the name: a longer name is another builder's.
        ByteBuffer before = ByteBuffer.allocate(name.length + 1);
        while (before.hasRemaining() && channel.read(before, before.position()) > 0) {
            // read on
        }
        return before.position() == name.length && Arrays.equals(before.array(), 0, name.length, name, 0, name.length);
    }

    /** Names {@code builder} in the lock file as the one whose build changes the output now (before it changes a file). */
    void publishing(String builder) throws IOException {
        if (lastPublishedBy(builder)) {
            return;
        }
        channel.truncate(0);
        ByteBuffer name = ByteBuffer.wrap(builder.getBytes(StandardCharsets.UTF_8));
        while (name.hasRemaining()) {
            channel.write(name, name.position());
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
