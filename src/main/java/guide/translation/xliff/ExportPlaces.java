package guide.translation.xliff;

import guide.site.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Whether an export's files can be written where it would write them: its folder is a folder, or can be made one, and no
 * file's place is taken by a folder. Checked before anything is written, since the export is all or nothing; the
 * operating system's own words ("Is a directory", or a bare path) would come only after the first files were written.
 * {@code --replace} writes over files, never over a folder.
 */
final class ExportPlaces {
    private ExportPlaces() {
    }

    /**
     * What stands in the way of writing {@code files} into {@code dir}; empty when nothing does.
     *
     * @param shown how messages show a file
     */
    static List<Problem> blocked(Path dir, List<Path> files, Function<Path, String> shown) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            String what = existing.equals(dir) ? "is a file, not a folder" : "is a file, so the folder " + shown.apply(dir) + " cannot be made in it";
            return List.of(new Problem(existing, 0, what + ": the export writes its .xlf files into a folder; name another one with --output"));
        }
        return files.stream().filter(file -> Files.exists(file) && !Files.isRegularFile(file))
                .map(file -> new Problem(file, 0, "is a folder, where the export would write its file: move or rename the folder,"
                        + " or export into another folder with --output"))
                .toList();
    }
}
