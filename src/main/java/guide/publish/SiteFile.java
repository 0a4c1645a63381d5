package guide.publish;

import java.nio.file.Path;

/**
 * A file of the built site, as a publish compares and uploads it.
 *
 * @param path         relative to the site's root, with {@code /} ({@code pl/index.html})
 * @param file         where it is on disk
 * @param md5          hex MD5 of its bytes: what S3-compatible storage reports as the ETag of an object uploaded in one part
 * @param fingerprinted whether its name carries the hash of its bytes (then it is cached for a year)
 */
public record SiteFile(String path, Path file, long size, String md5, boolean fingerprinted) {

    public FileKind kind() {
        return FileKind.of(path);
    }

    public String contentType() {
        return ContentTypes.of(path);
    }

    public CachePolicy cachePolicy() {
        return fingerprinted ? CachePolicy.IMMUTABLE : CachePolicy.REVALIDATE;
    }
}
