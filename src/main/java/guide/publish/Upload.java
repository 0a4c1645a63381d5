package guide.publish;

/**
 * One file to put into the bucket.
 *
 * @param isNew true when the bucket has no object under the key yet (else its bytes differ)
 */
public record Upload(SiteFile file, String key, boolean isNew) {
}
