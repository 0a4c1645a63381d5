package guide.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to the loopback name the preview serves ({@code localhost},
 * {@code 127.0.0.1} or {@code [::1]} with its port). The server listens on 127.0.0.1 only, but a page
 * on another site could still reach it through DNS rebinding (a name of its own that resolves to
 * 127.0.0.1); such a request carries that other name in its {@code Host} header and is refused.
 */
final class LoopbackOnly extends Filter {
    private final Set<String> hosts;

    LoopbackOnly(int port) {
        this.hosts = Set.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && hosts.contains(host.strip().toLowerCase(Locale.ROOT))) {
            chain.doFilter(exchange);
            return;
        }
        byte[] body = "The preview answers only at its own address on this computer.\n".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(421, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public String description() {
        return "refuses requests whose Host is not the preview's loopback address";
    }
}
