package guide.serve;

import com.sun.net.httpserver.HttpExchange;
import guide.site.Problem;
import org.json.simple.JSONValue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells open preview pages about each build over Server-Sent Events: the build number (the page
 * reloads when it changes), for a failed build its problems, and the build's warnings (the page
 * shows them: an editor who watches only the browser must not lose a misspelt header unawares).
 */
final class LiveReload {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String state = stateJson(0, List.of(), true, List.of());
    private volatile List<String> problems = List.of();

    /** Records a build that published its pages, with its warnings, and tells every open page. */
    void publish(long buildNumber, List<String> warnings) {
        problems = List.of();
        tell(stateJson(buildNumber, List.of(), true, warnings));
    }

    /**
     * Records a failed build and tells every open page; {@code served} is false while there is no site to show (no build
     * succeeded); {@code warnings} are those the build had found when it stopped.
     */
    void publishFailure(long buildNumber, List<Problem> problems, boolean served, List<String> warnings) {
        this.problems = problems.stream().map(Problem::toString).toList();
        tell(stateJson(buildNumber, problems, served, warnings));
    }

    /** The problems of the last build told, as {@code file:line: message}: none after one that published its pages. */
    List<String> problems() {
        return problems;
    }

    private void tell(String newState) {
        state = newState;
        for (OutputStream client : clients) {
            send(client, "state", state);
        }
    }

    /** Holds an {@code /__guide/events} request open and streams states to it. */
    void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        clients.add(out);
        if (!send(out, "state", state)) {
            return;
        }
        try {
            while (clients.contains(out)) {
                Thread.sleep(15_000);
                if (!comment(out)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(out);
            exchange.close();
        }
    }

    private boolean send(OutputStream out, String event, String data) {
        return write(out, "event: " + event + "\ndata: " + data + "\n\n");
    }

    private boolean comment(OutputStream out) {
        return write(out, ": keep-alive\n\n");
    }

    private boolean write(OutputStream out, String text) {
        synchronized (out) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                clients.remove(out);
                return false;
            }
        }
    }

    private static String stateJson(long buildNumber, List<Problem> problems, boolean served, List<String> warnings) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("build", buildNumber);
        state.put("served", served);
        state.put("problems", problems.stream().map(Problem::toString).toList());
        state.put("warnings", warnings);
        return JSONValue.toJSONString(state);
    }
}
