package guide.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What decoding each JPEG and PNG whole found ({@link ImageDamage}), by the digest of its bytes,
 * kept between the builds of one builder: the preview's saves that fail before the copies are
 * published do not decode a new photo again at every save, nor a damaged one. One short entry an
 * original, and only for the originals the content folder has now.
 */
public final class DecodedImages {
    private final Map<String, Optional<String>> byDigest = new ConcurrentHashMap<>();
    private final AtomicInteger decodes = new AtomicInteger();

    /**
     * The damage of the image, decoded only when no earlier build decoded these bytes. A verdict is
     * kept only when the file still has the size and modification time the scan read it with
     * ({@code stamp}): bytes that changed during the decode were not the ones the digest is of.
     */
    Optional<String> damageOf(ContentImage image, String stamp) {
        Optional<String> known = byDigest.get(image.digest());
        if (known != null) {
            return known;
        }
        decodes.incrementAndGet();
        Optional<String> found = ImageDamage.of(image.file());
        if (stamp != null && stamp.equals(stampOf(image.file()))) {
            byDigest.put(image.digest(), found);
        }
        return found;
    }

    /** Forgets the originals the content folder no longer has (by their digests). */
    void retain(Set<String> digests) {
        byDigest.keySet().retainAll(digests);
    }

    /** How many times an original was decoded whole, across the builds: a verdict known before costs none. */
    public int decodes() {
        return decodes.get();
    }

    /** The file's path, size and modification time, as the scan keys what it read; null when it cannot be read. */
    static String stampOf(Path file) {
        try {
            return file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }
}
