package guide.translation.xliff;

import guide.site.FolderWalk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files an import reads, from the paths typed: a file as it is, a folder as the {@code .xlf} files directly in it (in
 * the order of their names), as the export takes folders of pages; each file once. A folder without any stays itself,
 * so that the import names it ({@link XliffImportBatch}).
 */
public final class ImportFiles {
    private ImportFiles() {
    }

    public static List<Path> of(List<Path> typed) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : typed) {
            List<Path> inside = Files.isDirectory(path)
                    ? FolderWalk.entries(path, f -> f.getFileName().toString().endsWith(".xlf") && Files.isRegularFile(f)) : List.of();
            files.addAll(inside.isEmpty() ? List.of(path) : inside);
        }
        return List.copyOf(files);
    }
}
