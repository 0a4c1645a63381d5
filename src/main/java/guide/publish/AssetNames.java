package guide.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content-hashed names of style sheets and scripts: {@code css/site.css} is published as
 * {@code css/site.3f9a1c2e.css}, where {@code 3f9a1c2e} starts the SHA-256 of the published bytes.
 * A new version gets a new name, so a name can be cached for a year and a page never meets a
 * style sheet of another design. A file counts as fingerprinted only if its name carries the hash
 * of its own bytes, so a file that merely looks like one is never cached as immutable.
 */
public final class AssetNames {
    /** Hex digits of the hash in a name: 32 bits, enough to tell two versions of one file apart. */
    static final int HASH_LENGTH = 8;
    private static final Pattern FINGERPRINTED = Pattern.compile("(.*/)?([^/]+)\\.([0-9a-f]{" + HASH_LENGTH + "})\\.(css|js)");

    private AssetNames() {
    }

    /** True for the kinds of asset that get a content-hashed name: CSS and JavaScript. */
    public static boolean getsFingerprint(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".css") || lower.endsWith(".js");
    }

    /** {@code css/site.css} with these bytes becomes {@code css/site.<hash>.css}. */
    public static String fingerprinted(String path, byte[] content) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "." + hash(content) + path.substring(dot);
    }

    /** True if the file's name carries the hash of these bytes (so its content can never change under it). */
    public static boolean isFingerprinted(String path, byte[] content) {
        Matcher m = FINGERPRINTED.matcher(path);
        return m.matches() && m.group(3).equals(hash(content));
    }

    /** True if the name has the shape of a fingerprinted name, whatever the content. */
    static boolean looksFingerprinted(String path) {
        return FINGERPRINTED.matcher(path).matches();
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
