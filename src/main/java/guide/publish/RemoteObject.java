package guide.publish;

/**
 * An object the bucket holds under the site's prefix, as a listing reports it.
 *
 * @param etag the ETag without quotes: the MD5 of the bytes for objects uploaded in one part
 *             (without SSE-KMS encryption), which is how every publish uploads
 */
public record RemoteObject(String key, String etag, long size) {

    /** True if the object holds exactly these bytes, as far as its ETag can tell. */
    public boolean holds(SiteFile file) {
        return size == file.size() && etag.replace("\"", "").equalsIgnoreCase(file.md5());
    }
}
