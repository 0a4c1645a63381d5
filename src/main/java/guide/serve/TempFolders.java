package guide.serve;

import guide.site.FolderWalk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        List<Path> all = FolderWalk.sorted(dir, p -> true);
        for (int i = all.size() - 1; i >= 0; i--) { // what is in a folder before the folder
            Files.deleteIfExists(all.get(i));
        }
    }
}
