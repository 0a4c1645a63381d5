package guide.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Puts the search index into a build's staging folder: on a build over a previous output, only the
 * files whose bytes changed (the publishing step then moves just those), on a first build all of
 * them. Keep one per builder: its {@link SearchIndexBuilder} remembers each page's analysis.
 */
public final class SearchIndexFiles {
    private final SearchIndexBuilder builder = new SearchIndexBuilder();

    /**
     * Builds the index of {@code pages}; writes into {@code staging} every file that is not already
     * in {@code published} with the same bytes (every file when not {@code incremental}). Returns
     * the paths of all index files, relative to the site root, so that stale ones can be deleted.
     */
    public List<String> write(Path staging, Path published, boolean incremental, Collection<PageText> pages) throws IOException {
        SortedMap<String, byte[]> files = builder.build(pages);
        List<String> paths = new ArrayList<>(files.size());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            paths.add(file.getKey());
            if (incremental && same(published.resolve(file.getKey()), file.getValue())) {
                continue;
            }
            Path target = staging.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return paths;
    }

    private static boolean same(Path file, byte[] bytes) {
        try {
            return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }
}
