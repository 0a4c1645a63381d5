package guide.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A subfolder a walk lists but cannot open, for root as for anyone (the tests may run as root, for whom a folder with
 * no permissions opens as any other): its path is longer than Linux lets a program name a file (4,095 bytes), while its
 * parent's is not. It is made short, under a short name, then that name is made long; {@link #close} makes it short
 * again, so the test's temporary folder can be deleted.
 */
public final class UnopenableFolder implements AutoCloseable {
    /** The longest path Linux opens: {@code PATH_MAX} (4,096) less the closing zero byte. */
    private static final int LONGEST_PATH = 4095;
    private static final int LONGEST_NAME = 255;

    private final Path shortName;
    private final Path longName;
    private final Path folder;

    private UnopenableFolder(Path shortName, Path longName, Path folder) {
        this.shortName = shortName;
        this.longName = longName;
        this.folder = folder;
    }

    /** Makes the folder, with a file in it, somewhere under {@code parent}, in a new folder named {@code name}. */
    public static UnopenableFolder under(Path parent, String name) throws IOException {
        Path shortName = Files.createDirectory(parent.resolve(name));
        Path longName = parent.resolve(name + "-" + "x".repeat(LONGEST_NAME - name.length() - 1));
        // The folders between: the unopenable one's parent ends up 100 bytes short of the limit, so it opens.
        int middle = LONGEST_PATH - 100 - longName.toString().length();
        Path inner = shortName;
        while (middle > 0) {
            int length = Math.min(LONGEST_NAME, middle - 1);
            inner = inner.resolve("m".repeat(Math.max(1, length)));
            middle -= length + 1;
        }
        Files.writeString(Files.createDirectories(inner.resolve("n".repeat(LONGEST_NAME))).resolve("page.ftl"), "<p>");
        Files.move(shortName, longName);
        return new UnopenableFolder(shortName, longName, longName.resolve(shortName.relativize(inner)).resolve("n".repeat(LONGEST_NAME)));
    }

    /** The folder the walk cannot open. */
    public Path path() {
        return folder;
    }

    /** The folder it is in, named again as it was made. */
    @Override
    public void close() throws IOException {
        Files.move(longName, shortName);
    }
}
