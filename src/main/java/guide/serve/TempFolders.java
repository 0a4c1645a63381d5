package guide.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Deletes the dashboard's temporary folders with everything in them: the one an XLIFF download is
 * exported into ({@link XliffDownloads}), and the one an import saves its uploaded files in
 * ({@link DashboardImport}). Neither is left in the system's temporary folder once its request is
 * answered.
 */
final class TempFolders {
    private TempFolders() {
    }

    /** Deletes {@code dir} and everything in it. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
