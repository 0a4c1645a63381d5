package guide.build;

import java.nio.file.Path;

/**
 * Another process's build that waits for the output: takes its lock as a build does, says "locked" once it has it,
 * and lets go at once. Run by {@link OutputLockTest}.
 */
public final class LockWaiter {
    private LockWaiter() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputLock ignored = OutputLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
        }
    }
}
