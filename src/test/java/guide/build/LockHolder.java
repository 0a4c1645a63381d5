package guide.build;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process that writes into the same output: takes the OS lock on the output's lock file,
 * says "locked", and holds it until its standard input closes. Run by {@link OutputLockTest}.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path file = OutputLock.lockFile(Path.of(args[0]));
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the lock until the test closes our input
            }
        }
    }
}
