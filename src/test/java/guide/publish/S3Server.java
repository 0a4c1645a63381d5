package guide.publish;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A real S3 API in the test's JVM: S3Proxy (Java 17, its own shaded Jetty) on a free loopback
 * port, storing objects in memory (its transient back end, an in-memory file system), with
 * signature checking on. The server records every write it carries out, in order: a put once the
 * object is stored, a delete before it is removed, so a test sees what the bucket went through.
 */
public final class S3Server implements AutoCloseable {
    public static final String ACCESS_KEY = "guide-test-key";
    public static final String SECRET_KEY = "guide-test-secret";

    /** A write the server carried out. */
    public record Write(String method, String bucket, String key) {
    }

    private final S3Proxy proxy;
    private final List<Write> writes;

    private S3Server(S3Proxy proxy, List<Write> writes) {
        this.proxy = proxy;
        this.writes = writes;
    }

    public static S3Server start() throws Exception {
        List<Write> writes = Collections.synchronizedList(new ArrayList<>());
        BlobStore store = new ForwardingBlobStore(new TransientNio2BlobStore()) {
            @Override
            public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
                PutObjectResponse response = super.putBlob(request, content);
                writes.add(new Write("PUT", request.bucket(), request.key()));
                return response;
            }

            @Override
            public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
                writes.add(new Write("DELETE", request.bucket(), request.key()));
                return super.removeBlob(request);
            }
        };
        S3Proxy proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        for (int i = 0; i < 200 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(25);
        }
        return new S3Server(proxy, writes);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A client of the bucket, as a reader or another tool would see it. */
    public S3Client client() {
        return S3Client.builder().region(Region.US_EAST_1).endpointOverride(endpoint()).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY))).build();
    }

    public void createBucket(String name) {
        try (S3Client client = client()) {
            client.createBucket(b -> b.bucket(name));
        }
        writes.clear();
    }

    /** The writes carried out so far, in order. */
    public List<Write> writes() {
        synchronized (writes) {
            return List.copyOf(writes);
        }
    }

    public void forgetWrites() {
        writes.clear();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
