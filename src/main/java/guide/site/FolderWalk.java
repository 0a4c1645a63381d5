package guide.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files and folders under a folder, found by {@link Files#walk}, sorted (or, where the caller has no use for the
 * order, as the walk met them). The walk reads the folder as it goes: a subfolder
 * it cannot open (unreadable, or gone since its parent was listed) is an {@link UncheckedIOException} from the middle of the
 * stream, which a caller catching {@link IOException} around the walk would let through as a stack trace. Here it is the
 * {@link IOException} it wraps, whose message names the path, so the caller reports it as any other read failure. The
 * entries directly in a folder ({@link Files#list}) are read the same way, and given the same way. A command reports such a
 * failure as {@link #problem}: the folder that could not be read, and why ({@code content/en/old: cannot read: permission denied}).
 */
public final class FolderWalk {
    private FolderWalk() {
    }

    /** The paths under {@code dir} ({@code dir} too) that {@code keep} accepts, sorted; the walk's failure as an {@link IOException}. */
    public static List<Path> sorted(Path dir, Predicate<Path> keep) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(keep).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * As {@link #sorted}, in the order the walk met them: for a caller that keeps them in a set or sorts them by something
     * else, such as a built site's tens of thousands of files (sorting 40,000 paths took 0.3 s on a busy 2-core machine).
     */
    public static List<Path> unsorted(Path dir, Predicate<Path> keep) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(keep).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The entries directly in {@code dir} that {@code keep} accepts, sorted; a failure to read them as an {@link IOException}. */
    public static List<Path> entries(Path dir, Predicate<Path> keep) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(keep).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The problem a walk of {@code folder} that failed with {@code e} is: at the folder the walk could not open (the one
     * {@code e} names, else {@code folder}), shown in the project when it is in it, with the reason in words.
     */
    public static Problem problem(Path projectDir, Path folder, IOException e) {
        Path failed = e instanceof FileSystemException named && named.getFile() != null ? Path.of(named.getFile()) : folder;
        return Utf8Text.problem(failed.startsWith(projectDir) ? projectDir.relativize(failed) : failed, e);
    }
}
