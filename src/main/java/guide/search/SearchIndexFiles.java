package guide.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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
        List<String> paths = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            builder.build(pages, (path, bytes) -> {
                paths.add(path);
                if (incremental && same(published.resolve(path), bytes)) {
                    return;
                }
                try {
                    Path target = staging.resolve(path);
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        List<String> sorted = new ArrayList<>(paths);
        java.util.Collections.sort(sorted);
        return sorted;
    }

    private static boolean same(Path file, byte[] bytes) {
        try {
            return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }
}
