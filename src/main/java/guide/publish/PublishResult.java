package guide.publish;

import java.util.Locale;

/**
 * What a publish did.
 *
 * @param etagsMatch false if the storage's ETags are not the files' MD5s (SSE-KMS encryption,
 *                   some gateways): then every publish uploads everything again
 */
public record PublishResult(int uploadedNew, int uploadedChanged, int deleted, int unchanged, long bytes, boolean etagsMatch) {

    public int uploaded() {
        return uploadedNew + uploadedChanged;
    }

    /**
     * The one-line summary, e.g. {@code Published: 3 uploaded (1 new, 2 changed; 45.3 kB), 1 deleted, 40 unchanged in 0.8 s}.
     *
     * @param millis how long the whole publish took, from the first request to the bucket
     */
    public String summary(long millis) {
        String s = String.format(Locale.ROOT, "Published: %d uploaded (%d new, %d changed; %s), %d deleted, %d unchanged in %.1f s",
                uploaded(), uploadedNew, uploadedChanged, size(bytes), deleted, unchanged, millis / 1000.0);
        if (!etagsMatch) {
            s += "\nnote: the storage's ETags are not MD5 checksums of the files (server-side encryption with KMS?), so every"
                    + " publish will upload every file again";
        }
        return s;
    }

    /** {@code 512 B}, {@code 45.3 kB}, {@code 12.0 MB} (powers of 1,000). */
    public static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
