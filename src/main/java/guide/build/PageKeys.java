package guide.build;

import guide.image.ContentImage;
import guide.image.ImageFile;
import guide.render.PageSpec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A page's key: a hash of everything that decides its text, that is the build's fingerprint
 * (templates, UI strings, settings, builder code, and the assets' content-hashed names, which
 * pages link: {@code guide.publish.FingerprintedAssets#signature}), the page's address, its model in a canonical
 * form ({@link CanonicalDigest}: every component of every record, in order, with its type), its
 * Markdown, and the sizes and copies of the content images it shows. A page whose key
 * is unchanged is taken from the previous output. A file the build makes from images (a card, an
 * image's copy) has a key of the same kind: the fingerprint, its path and its inputs.
 *
 * <p>Keys are 128-bit hashes ({@link CanonicalDigest}), not SHA-256 (until 7 December 2026): they
 * are kept only in the page cache, which is rebuilt when its format changes. The sources' stamps
 * ({@link SourcesStamp}) still use {@link #sha256()}, once per build; the fingerprint is the 128-bit
 * hash of those stamps ({@link #digest}).
 */
final class PageKeys {
    private PageKeys() {
    }

    static String of(String fingerprint, PageSpec spec, String markdownDigest) {
        CanonicalDigest digest = DIGESTS.get().reset();
        digest.text(fingerprint).text(spec.outputPath()).text(markdownDigest);
        for (ContentImage image : spec.images()) {
            digest.text(image.signature());
        }
        try {
            digest.value(spec.model());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalStateException("cannot take the key of " + spec.outputPath() + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.finish());
    }

    /** The key of a file made from images: a card or a content image's copy ({@link ImageFile#inputs()}). */
    static String of(String fingerprint, ImageFile file) {
        return HexFormat.of().formatHex(DIGESTS.get().reset().text(fingerprint).text(file.outputPath()).text(file.inputs()).finish());
    }

    /** One canonical digest per thread for keys: pages are keyed on every core. */
    private static final ThreadLocal<CanonicalDigest> DIGESTS = ThreadLocal.withInitial(CanonicalDigest::new);

    /**
     * Another per thread for {@link #digest}, so that a text hashed while a key is being made (a
     * Markdown digest taken inside {@link #of}) can never reset that key's digest half-way.
     */
    private static final ThreadLocal<CanonicalDigest> TEXT_DIGESTS = ThreadLocal.withInitial(CanonicalDigest::new);

    /** The 128-bit hash of a text ({@link CanonicalDigest#text}), hex. */
    static String digest(String text) {
        return HexFormat.of().formatHex(TEXT_DIGESTS.get().reset().text(text).finish());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text with its length first, so that two texts never run into each other. */
    static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) (bytes.length >>> 24));
        digest.update((byte) (bytes.length >>> 16));
        digest.update((byte) (bytes.length >>> 8));
        digest.update((byte) bytes.length);
        digest.update(bytes);
    }
}
