package guide.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A built site as file path to SHA-256, for asserting that a folder is byte for byte the same. */
public final class SiteSnapshot {
    private SiteSnapshot() {
    }

    public static Map<String, String> of(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                hashes.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Files the build keeps next to the output on purpose: the page cache, the nginx snippet (which
     * must not be inside the site), the lock builds take turns on, the image copies of builds that
     * failed, and replaced sites still being deleted in the background. Not working folders left behind.
     */
    public static boolean isBookkeeping(String name) {
        return name.matches("\\.site-cache\\.bin|\\.site-image-copies|\\.site\\.lock|site-nginx\\.conf|\\.site-trash-\\d+");
    }
}
