package guide.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What an open preview page hears: every state the preview's live connection ({@code /__guide/events}) sends, in order
 * (a build that published, or one that failed with its problems), recorded for a test from {@link #listen} to {@link #close}.
 */
final class LiveStates implements AutoCloseable {
    private final List<String> states = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Void>> stream;

    private LiveStates(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__guide/events")).build();
        stream = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofByteArrayConsumer(new SseLines(states)));
    }

    /** Opens the live connection of the preview on {@code port}, as a page in the browser does. */
    static LiveStates listen(int port) {
        return new LiveStates(port);
    }

    /** The states heard so far, as the JSON the preview sent ({@code {"build":2,"served":true,"problems":[],...}}). */
    List<String> heard() {
        return List.copyOf(states);
    }

    @Override
    public void close() {
        stream.cancel(true);
    }
}
