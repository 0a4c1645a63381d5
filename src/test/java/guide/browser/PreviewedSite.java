package guide.browser;

import guide.serve.PreviewServer;

import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A copy of the real project served by {@code ./guide serve}'s preview server on a free port, as
 * browser tests use it (a copy, so tests may edit content while it is served).
 */
record PreviewedSite(Path project, PreviewServer server, String base) implements AutoCloseable {

    /** Serves a project a test has prepared. */
    static PreviewedSite serve(Path project) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PreviewServer server = new PreviewServer(project, project.resolve("target/site"), port);
        server.start();
        return new PreviewedSite(project, server, "http://localhost:" + port);
    }

    @Override
    public void close() {
        server.stop();
    }
}
