package guide.serve;

import guide.site.ProjectFixture;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A copy of the test site with the preview running on it on a free port, and the editor's side of it: asking an address
 * again until the page a save makes is there. What each of {@code PreviewServerTest}'s cases starts and stops.
 */
final class TestSitePreview implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Path project;
    private final int port;
    private final PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestSitePreview(Path project, int port) {
        this.project = project;
        this.port = port;
        server = new PreviewServer(project, output(), port);
    }

    /** Copies the test site into {@code into} and starts the preview on it, its output in the copy's target/site. */
    static TestSitePreview start(Path into) throws Exception {
        TestSitePreview preview = new TestSitePreview(ProjectFixture.copyProject(into), freePort());
        preview.server.start();
        return preview;
    }

    Path project() {
        return project;
    }

    Path output() {
        return project.resolve("target/site");
    }

    int port() {
        return port;
    }

    /** Asks {@code path} until it answers with {@code status} (the preview rebuilds in well under a second here). */
    HttpResponse<String> awaitStatus(String path, int status) throws Exception {
        HttpResponse<String> last = await(path, response -> response.statusCode() == status);
        assertEquals(status, last.statusCode(), path + " after " + PATIENCE.toSeconds() + " s");
        return last;
    }

    /** Asks {@code path} until it answers with a page that contains {@code text}. */
    void awaitBody(String path, String text) throws Exception {
        HttpResponse<String> last = await(path, response -> response.body().contains(text));
        assertTrue(last.body().contains(text), path + " lacks \"" + text + "\" after " + PATIENCE.toSeconds() + " s");
    }

    private HttpResponse<String> await(String path, Predicate<HttpResponse<String>> done) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> last;
        do {
            last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        return last;
    }

    @Override
    public void close() {
        server.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
