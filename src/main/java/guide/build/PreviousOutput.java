package guide.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The previous build's output as a source of files to reuse, for pages and for the files made
 * from images alike: a file whose key is unchanged and that is still in the output is taken as
 * it is. An incremental build leaves it where it is (only changed files move into the output);
 * a build that replaces the whole output links (or copies) it into the staging folder. The
 * preview, building over the output its own last build published, which no other build has
 * changed since ({@link OutputLock}), takes the files that build published as there without
 * looking at each: a look at every page and card cost about 20 ms of CPU per save at 2 x 1,000
 * articles, half of it before the edited page was served.
 */
final class PreviousOutput {
    private final PageCache cache;
    private final Path output;
    private final Path site;
    private final boolean incremental;
    private final boolean asPublished;

    /**
     * @param site        the staging folder the build writes into
     * @param incremental true when the build will move only changed files into {@code output}
     * @param asPublished true when {@code cache} lists what this builder's last build published into {@code output}, and
     *                    no other build has changed it since: its files are there (only with {@code incremental})
     */
    PreviousOutput(PageCache cache, Path output, Path site, boolean incremental, boolean asPublished) {
        this.cache = cache;
        this.output = output;
        this.site = site;
        this.incremental = incremental;
        this.asPublished = incremental && asPublished;
    }

    /** The previous entry of the file if its key is unchanged and the file can be taken from the previous output. */
    Optional<PageCache.Entry> reuse(String path, String key) {
        Optional<PageCache.Entry> previous = cache.reusable(path, key);
        if (previous.isEmpty() || asPublished) {
            return previous;
        }
        Path before = output.resolve(path);
        if (Files.isRegularFile(before) && (incremental || linked(before, site.resolve(path)))) {
            return previous;
        }
        return Optional.empty();
    }

    /** Writes a new file into the staging folder. */
    void write(String path, byte[] bytes) {
        Path target = site.resolve(path);
        try {
            // Most files go into a folder that exists (a page's card, the search index's), where
            // createDirectories would throw and catch an exception to find out.
            if (!Files.isDirectory(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a file made before ({@link StoredCopies}) into the staging folder, as a hard link or else a copy. */
    void linkFrom(String path, Path made) {
        Path target = site.resolve(path);
        try {
            if (!Files.isDirectory(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            try {
                Files.createLink(target, made);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(made, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hard link (or copy) of the previous file in the staging folder, for a build that replaces the whole output. */
    private static boolean linked(Path before, Path target) {
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, before);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(before, target);
            }
            return true;
        } catch (IOException e) {
            return false; // make it instead
        }
    }
}
