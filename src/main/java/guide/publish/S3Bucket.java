package guide.publish;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The target bucket through the AWS SDK for Java v2, with every failure turned into a
 * {@link PublishFailure} that says what to do. Credentials come only from the SDK's default
 * chain (system properties, environment, web identity, the profile files, container and instance
 * credentials). Requests carry Content-MD5 rather than the SDK's newer checksums, which not every
 * S3-compatible storage accepts.
 */
public final class S3Bucket implements AutoCloseable {
    /** Uploads under way at once. */
    public static final int PARALLEL = 8;
    private static final int DELETE_BATCH = 1000;

    private final PublishTarget target;
    private final AwsCredentialsProvider credentials;
    private final S3Client client;

    private S3Bucket(PublishTarget target, AwsCredentialsProvider credentials, S3Client client) {
        this.target = target;
        this.credentials = credentials;
        this.client = client;
    }

    /** A client for the target; nothing is sent yet. */
    public static S3Bucket of(PublishTarget target) {
        AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(target.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(target.pathStyle())
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(PARALLEL * 2)
                        .connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(60)))
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .addPlugin(LegacyMd5Plugin.create());
        target.endpoint().ifPresent(builder::endpointOverride);
        return new S3Bucket(target, credentials, builder.build());
    }

    /**
     * Checks, with reads only, that there are credentials and that the bucket exists and answers;
     * a publish that fails here has touched nothing.
     */
    public void check() throws PublishFailure {
        try {
            credentials.resolveCredentials();
        } catch (SdkException e) {
            throw new PublishFailure("no credentials for " + target.describe() + ": the AWS SDK found none (set AWS_ACCESS_KEY_ID and"
                    + " AWS_SECRET_ACCESS_KEY, or a profile in ~/.aws/credentials chosen with AWS_PROFILE), then run the same command again");
        }
        try {
            client.headBucket(b -> b.bucket(target.bucket()));
        } catch (S3Exception e) {
            throw bucketFailure(e);
        } catch (SdkClientException e) {
            throw unreachable(e);
        }
    }

    /** Every object under the prefix. */
    public List<RemoteObject> list() throws PublishFailure {
        try {
            List<RemoteObject> objects = new ArrayList<>();
            client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(target.bucket()).prefix(target.prefix()).build())
                    .contents().forEach(o -> objects.add(new RemoteObject(o.key(), o.eTag() == null ? "" : o.eTag(), o.size())));
            return objects;
        } catch (S3Exception e) {
            throw bucketFailure(e);
        } catch (SdkClientException e) {
            throw unreachable(e);
        }
    }

    /**
     * Puts one file with its content type and cache policy, in one part, with its MD5 for the
     * storage to check.
     *
     * @return true if the storage's ETag is the file's MD5 (so later publishes can tell it is unchanged)
     */
    public boolean upload(Upload upload) throws PublishFailure {
        SiteFile file = upload.file();
        PutObjectRequest request = PutObjectRequest.builder().bucket(target.bucket()).key(upload.key())
                .contentType(file.contentType()).cacheControl(file.cachePolicy().header()).contentLength(file.size())
                .contentMD5(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.md5()))).build();
        try {
            PutObjectResponse response = client.putObject(request, RequestBody.fromFile(file.file()));
            return response.eTag() != null && response.eTag().replace("\"", "").equalsIgnoreCase(file.md5());
        } catch (SdkException e) {
            throw new PublishFailure("uploading " + file.path() + " to " + target.describe() + " failed: " + reason(e));
        }
    }

    /** Deletes these keys, a thousand per request. */
    public void delete(List<String> keys) throws PublishFailure {
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)).stream()
                    .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
            try {
                DeleteObjectsResponse response = client.deleteObjects(d -> d.bucket(target.bucket())
                        .delete(Delete.builder().objects(batch).quiet(true).build()));
                if (response.hasErrors() && !response.errors().isEmpty()) {
                    var error = response.errors().get(0);
                    throw new PublishFailure("deleting " + error.key() + " from " + target.describe() + " failed: " + error.message()
                            + " (" + error.code() + "), and " + (response.errors().size() - 1) + " more");
                }
            } catch (SdkException e) {
                throw new PublishFailure("deleting from " + target.describe() + " failed: " + reason(e));
            }
        }
    }

    private PublishFailure bucketFailure(S3Exception e) {
        String where = target.at(PublishTarget.BUCKET);
        return switch (e.statusCode()) {
            case 404 -> new PublishFailure(where + ": bucket '" + target.bucket() + "' does not exist at "
                    + target.endpoint().map(Object::toString).orElse("AWS S3") + ": create it, or correct " + PublishTarget.BUCKET);
            case 301, 307 -> new PublishFailure(target.at(PublishTarget.REGION) + ": bucket '" + target.bucket()
                    + "' is in another region than " + target.region() + ": set " + PublishTarget.REGION);
            case 401, 403 -> new PublishFailure(where + ": access to bucket '" + target.bucket() + "' was refused (" + reason(e)
                    + "): check that the credentials may list, write and delete its objects");
            default -> new PublishFailure(where + ": bucket '" + target.bucket() + "' answered " + e.statusCode() + ": " + reason(e));
        };
    }

    private PublishFailure unreachable(SdkClientException e) {
        return new PublishFailure(target.at(PublishTarget.ENDPOINT) + ": cannot reach " + target.endpoint().map(Object::toString)
                .orElse("AWS S3 in " + target.region()) + " (" + reason(e) + "): check " + PublishTarget.ENDPOINT + " and the network", e);
    }

    /** The innermost message: "Connection refused", "The specified bucket does not exist". */
    private static String reason(Throwable e) {
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null && s3.awsErrorDetails().errorMessage() != null) {
            return s3.awsErrorDetails().errorMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() {
        client.close();
    }
}
