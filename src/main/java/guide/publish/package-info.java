/**
 * What the site needs to be hosted, and {@code ./guide publish}. For every build: content-hashed asset names
 * ({@link guide.publish.FingerprintedAssets}), the host configuration ({@link guide.publish.HostFiles}: {@code _headers},
 * {@code _redirects}, nginx), cache policy and content types. For publishing: {@link guide.publish.PublishPlanner}
 * compares the site with the bucket of {@link guide.publish.PublishTarget} and {@link guide.publish.Publisher} uploads the
 * plan through {@link guide.publish.S3Bucket}.
 */
package guide.publish;
