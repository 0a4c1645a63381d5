package guide.build;

import guide.image.ImageFile;
import guide.site.FolderWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The re-encoded copies of content images that builds made but have not published yet, kept on
 * disk beside the output ({@code target/.site-image-copies/}, one file a copy, named by its key:
 * {@link PageKeys#of(String, ImageFile)}, the photo's bytes and the copy's size among its inputs).
 * A build that fails at its checks throws its staging folder away, copies and all; without these,
 * each save of the preview that still failed made a new photo's copies again (1 to 2 s for a
 * 12-megapixel photo on two busy cores). A build takes a copy from here when it has one (a hard
 * link, else a file copy), puts each copy it makes here first, and forgets those its photos no
 * longer need; once it has published them, the output has them, where the next build finds them,
 * and the folder goes (as it does after a build that finds nothing changed since the last good
 * one). Disk, not memory: a photo's copies are a hundred kilobytes or more.
 */
final class StoredCopies {
    private final AtomicInteger made = new AtomicInteger();

    /** The folder beside {@code output}. */
    static Path folder(Path output) {
        return output.resolveSibling("." + output.getFileName() + "-image-copies");
    }

    /** True when a build into {@code output} made this copy before ({@code key}); it was made from whole bytes then. */
    boolean has(Path output, ImageFile copy, String key) {
        return Files.isRegularFile(stored(output, copy, key));
    }

    /**
     * Puts the copy into the build's staging folder: from this folder when a build made it before, else made,
     * kept here, and then put there. A damaged original throws as {@link ImageFile#bytes()} does; when this folder
     * cannot be written, the copy is written straight into the staging folder, as without it.
     */
    void place(Path output, ImageFile copy, String key, PreviousOutput previous) {
        Path stored = stored(output, copy, key);
        if (!Files.isRegularFile(stored)) {
            byte[] bytes = copy.bytes().get();
            made.incrementAndGet();
            try {
                Files.createDirectories(stored.getParent());
                // Not createTempFile, whose file only its owner may read: the copy is published as this file, a link to it.
                Path partial = stored.resolveSibling(".partial-" + stored.getFileName());
                Files.write(partial, bytes);
                Files.move(partial, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | UncheckedIOException e) {
                previous.write(copy.outputPath(), bytes);
                return;
            }
        }
        previous.linkFrom(copy.outputPath(), stored);
    }

    /**
     * Forgets the copies no copy of this build has the name of ({@link #name}: a photo edited, replaced or removed), and
     * an empty folder. Housekeeping: a file it cannot delete is tried again by the next build.
     */
    void keepOnly(Path output, Set<String> names) {
        Path folder = folder(output);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            for (Path file : FolderWalk.entries(folder, file -> !names.contains(file.getFileName().toString()))) {
                Files.deleteIfExists(file);
            }
            if (FolderWalk.entries(folder, file -> true).isEmpty()) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            // the next build tries again
        }
    }

    /**
     * After a build that succeeded: one that published its copies (the output has them now), or one that found nothing
     * changed since the last one that did (the output has every copy the project needs). The folder goes; if it cannot be
     * deleted now, the next good build tries again.
     */
    void clear(Path output) {
        try {
            StagedOutput.delete(folder(output));
        } catch (IOException e) {
            // the next good build tries again
        }
    }

    /** The name in the folder of the copy at {@code path} in the site, with this key. */
    static String name(String path, String key) {
        return key + path.substring(path.lastIndexOf('.'));
    }

    /** How many copies this builder made, across its builds (a copy taken from the folder or the previous output costs none). */
    int made() {
        return made.get();
    }

    private static Path stored(Path output, ImageFile copy, String key) {
        return folder(output).resolve(name(copy.outputPath(), key));
    }
}
