package guide.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import guide.publish.ContentTypes;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A static host that reads the site's {@code _headers} and {@code _redirects} the way Netlify
 * does, for tests: every {@code _headers} rule whose pattern matches the address adds its headers
 * (a header set by two matching rules is recorded as a conflict, since Cloudflare Pages would join
 * the two values); a missing file gets the first {@code _redirects} rule with status 404 that
 * matches, else the root {@code 404.html}. The rules files themselves are not served. With
 * {@code applyRules} false it serves the same files without the headers, for control runs.
 * Also serves {@code /__test/frame.html}, a page that frames {@code ?src=}, for the frame test.
 */
final class HostRulesServer implements AutoCloseable {
    private record HeaderRule(Pattern path, Map<String, String> headers) {
    }

    private record NotFoundRule(Pattern path, String page) {
    }

    private final Path site;
    private final boolean applyRules;
    private final List<HeaderRule> headerRules = new ArrayList<>();
    private final List<NotFoundRule> notFoundRules = new ArrayList<>();
    private final List<String> conflicts = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;

    HostRulesServer(Path site, boolean applyRules) throws IOException {
        this.site = site;
        this.applyRules = applyRules;
        readHeaders(Files.readAllLines(site.resolve("_headers"), StandardCharsets.UTF_8));
        for (String line : Files.readAllLines(site.resolve("_redirects"), StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 3 && !line.startsWith("#") && parts[2].equals("404")) {
                notFoundRules.add(new NotFoundRule(pattern(parts[0]), parts[1]));
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    private void readHeaders(List<String> lines) {
        Map<String, String> current = null;
        for (String line : lines) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                current = new LinkedHashMap<>();
                headerRules.add(new HeaderRule(pattern(line.strip()), current));
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
    }

    /** A Netlify path pattern: {@code *} matches anything (also nothing). */
    private static Pattern pattern(String path) {
        return Pattern.compile(Pattern.quote(path).replace("*", "\\E.*\\Q"));
    }

    String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Headers that two rules set for one address (there should be none). */
    List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        if (path.equals("/__test/frame.html")) {
            String src = exchange.getRequestURI().getQuery().replaceFirst("^src=", "");
            send(exchange, path, 200, "text/html; charset=utf-8",
                    ("<!doctype html><title>frame</title><iframe src=\"" + src + "\" width=\"600\" height=\"400\"></iframe>").getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site) || path.contains("..")) {
            send(exchange, path, 400, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, path, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && !name.equals("_headers") && !name.equals("_redirects")) {
            send(exchange, path, 200, ContentTypes.of(name), Files.readAllBytes(file));
            return;
        }
        String page = notFoundRules.stream().filter(r -> r.path().matcher(path).matches()).map(NotFoundRule::page).findFirst().orElse("/404.html");
        send(exchange, path, 404, ContentTypes.of(page), Files.readAllBytes(site.resolve(page.substring(1))));
    }

    private void send(HttpExchange exchange, String path, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (applyRules) {
            Map<String, String> set = new LinkedHashMap<>();
            for (HeaderRule rule : headerRules) {
                if (rule.path().matcher(path).matches()) {
                    rule.headers().forEach((k, v) -> {
                        if (set.put(k, v) != null) {
                            conflicts.add(path + ": " + k);
                        }
                    });
                }
            }
            set.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
