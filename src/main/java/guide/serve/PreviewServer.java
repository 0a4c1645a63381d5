package guide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import guide.build.BuildReport;
import guide.build.SiteBuilder;
import guide.content.ContentChanges;
import guide.dashboard.PageOptions;
import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./guide serve}: builds the site, serves the output folder on localhost with the JDK's
 * HttpServer, rebuilds on every change and makes open pages reload (or show the problems of a
 * failed build, while the last good build stays served); a build's warnings are said on the console
 * ({@link ConsoleWarnings}) and shown at the bottom of the page.
 */
public final class PreviewServer {
    private static final String LIVE_SCRIPT = "/__guide/live.js";
    private static final String DASHBOARD_PAGE = PageOptions.BASE;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    static {
        // The JDK's server writes a response's headers and body apart; with Nagle's algorithm on, the
        // body then waits for the browser's delayed acknowledgement, about 40 ms on every request over
        // a kept-alive connection (every page, style sheet and script of the preview). Read once, when
        // the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Path projectDir;
    private final Path output;
    private final int port;
    private final SiteBuilder builder;
    private final LiveReload live = new LiveReload();
    private final ConsoleWarnings warnings = new ConsoleWarnings();
    private final AtomicLong builds = new AtomicLong();
    /** Pages the first build rendered (not taken from the output): when few, the warm-up renders some itself. */
    private int renderedAtStart;
    /** The last build number browsers were told of: written by the rebuild (under this lock), read by page requests. */
    private volatile long announced;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private HttpServer server;
    private SourceWatcher watcher;
    private final ContentChanges changes = new ContentChanges();
    private final HeldFailure held = new HeldFailure(this);

    public PreviewServer(Path projectDir, Path output, int port) {
        this.projectDir = projectDir;
        this.output = output;
        this.port = port;
        this.builder = new SiteBuilder(projectDir).forPreview(changes);
    }

    /**
     * Reads the settings, takes the port, builds once, then serves and watches; returns once the server is listening.
     * The port comes before the build, so a busy one is reported before any build starts or writes a file.
     */
    public void start() throws IOException, BuildFailure {
        // Settings the preview cannot start without (the folders it watches) are reported once, before a build says the same.
        SiteConfig config = SiteConfig.loadForBuild(projectDir);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        rebuild(Set.of());
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        LoopbackOnly loopback = new LoopbackOnly(port);
        server.createContext("/__guide/events", live::handle).getFilters().add(loopback);
        server.createContext(LIVE_SCRIPT, this::serveLiveScript).getFilters().add(loopback);
        DashboardRoutes dashboard = new DashboardRoutes(projectDir, port);
        server.createContext(DASHBOARD_PAGE, dashboard::handle).getFilters().add(loopback);
        server.createContext(PageOptions.SCRIPT, dashboard::asset).getFilters().add(loopback);
        server.createContext(PageOptions.STYLE, dashboard::asset).getFilters().add(loopback);
        server.createContext("/", this::serveFile).getFilters().add(loopback);
        server.start();
        watcher = new SourceWatcher(projectDir, config.contentDir(), List.of(config.templateDir(), config.assetDir()), changes);
        Thread watch = new Thread(() -> watcher.run(this::rebuild), "preview-watch");
        watch.setDaemon(true);
        watch.start();
        Thread warmUp = new Thread(this::warmUp, "preview-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        System.out.println("Preview: http://localhost:" + port + "/  (Ctrl+C to stop; rebuilding on every change)");
        System.out.println("Translations dashboard: http://localhost:" + port + DASHBOARD_PAGE);
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        held.close();
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException ignored) {
            // stopping anyway
        }
        synchronized (this) {
            // A build the watcher started (say, after a dashboard import) ends before stop() returns: rebuild() holds this lock.
            builder.finishSaving();
            stopped.countDown();
        }
    }

    /** Builds after a save of the files {@code changed} (none for the first build); a failure may be told later ({@link HeldFailure}). */
    private synchronized void rebuild(Set<Path> changed) {
        if (stopped.getCount() == 0) {
            return; // a change the watcher saw just before the preview stopped: nothing may write to the project now
        }
        held.supersede();
        // A number browsers have not seen, even when a build failed after announcing its pages.
        long next = Math.max(builds.get(), announced) + 1;
        try {
            // Browsers reload as soon as the pages are in place; the search index follows them.
            BuildReport report = builder.build(output, found -> {
                announced = next;
                live.publish(next, found);
            });
            if (next == 1) {
                renderedAtStart = report.rendered();
            }
            builds.set(next);
            int pages = report.pagesByLanguage().values().stream().mapToInt(Integer::intValue).sum();
            System.out.print(warnings.afterSuccess(String.format("Build %d: %d pages in %.1f s", next, pages, report.millis() / 1000.0),
                    report.warnings()));
            live.publish(next, report.warnings());
        } catch (BuildFailure failure) {
            held.tell(changed, () -> tellFailure(failure));
        } catch (IOException | RuntimeException e) {
            // Not the editor's fault (a disk, a bug): said as the build command says it; the next save tries again.
            boolean served = builds.get() > 0 || Files.isRegularFile(output.resolve("index.html"));
            System.err.println("error: the build stopped unexpectedly: " + e);
            System.err.println((served ? "Still serving the last good build" : "Nothing to serve yet")
                    + "; save again to retry, and please report this with what you changed.");
            live.publishFailure(builds.get(), List.of(new Problem(Path.of("build"), 0, String.valueOf(e.getMessage()))), served, List.of());
        }
    }

    private void tellFailure(BuildFailure failure) {
        failure.print(System.err);
        warnings.afterFailure(failure.warnings());
        boolean served = builds.get() > 0 || Files.isRegularFile(output.resolve("index.html"));
        System.err.println(served ? "Build failed; still serving the last good build."
                : "Build failed; nothing to serve yet: fix the problems above and save, and the browser shows the site.");
        live.publishFailure(builds.get(), failure.problems(), served, failure.warnings());
    }

    /**
     * One silent build with nothing changed, right after the first: it runs what an edit's build
     * runs (reuse, memos, publishing only what changed), so that code is compiled before the
     * editor's first save, which is then as quick as the next ones. It publishes nothing new. When
     * the first build took (nearly) every page from the output, as after a restart, it also renders
     * a sample of pages ({@link SiteBuilder#warmUp}).
     */
    private synchronized void warmUp() {
        if (builds.get() == 0 || stopped.getCount() == 0) {
            return; // the first build failed (the next real one reports why), or the preview has stopped
        }
        try {
            builder.warmUp(output, renderedAtStart);
        } catch (BuildFailure | IOException | RuntimeException e) {
            // the next real build reports any problem
        }
    }

    private void serveLiveScript(HttpExchange exchange) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            respond(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes());
        }
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        if (path.contains("..")) {
            respond(exchange, 400, "text/plain; charset=utf-8", "bad path".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = output.resolve(path.substring(1));
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                respond(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        int status = 200;
        Optional<byte[]> unbuilt = Files.isRegularFile(file) ? Optional.empty() : UnbuiltAssets.find(projectDir, path.substring(1));
        if (unbuilt.isPresent()) {
            respond(exchange, 200, TYPES.getOrDefault(extension(path), "application/octet-stream"), unbuilt.get());
            return;
        }
        if (!Files.isRegularFile(file)) {
            status = 404;
            // A language's folder: its not-found page; anywhere else the root one, in every language
            // (a site built before there was one: the default language's).
            String first = path.length() > 1 ? path.substring(1).split("/")[0] : "";
            file = output.resolve(first).resolve("404.html");
            if (first.isEmpty() || !Files.isRegularFile(file)) {
                file = output.resolve("404.html");
            }
            if (!Files.isRegularFile(file)) {
                file = output.resolve(defaultLanguage()).resolve("404.html");
            }
            if (!Files.isRegularFile(file) && Files.isRegularFile(output.resolve("index.html"))) {
                respond(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!Files.isRegularFile(file)) {
                // No site yet (the first build failed): a page that reloads itself once a build succeeds.
                String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Nothing to preview yet</title></head><body>"
                        + "<h1>Nothing to preview yet</h1><p>The build failed: the terminal running <code>./guide serve</code> lists the"
                        + " problems. Fix them and save; this page reloads when a build succeeds.</p></body></html>";
                respond(exchange, 404, "text/html; charset=utf-8",
                        withLiveReload(page, Math.max(builds.get(), announced)).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        String ext = extension(file.getFileName().toString());
        // The number of the build the page comes from, taken before the file is read: a build that
        // publishes in between makes the page reload once more, never less.
        long build = Math.max(builds.get(), announced);
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html")) {
            body = withLiveReload(new String(body, StandardCharsets.UTF_8), build).getBytes(StandardCharsets.UTF_8);
        }
        respond(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    private static String extension(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.contains(".") ? last.substring(last.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }

    private String defaultLanguage() {
        try {
            return SiteConfig.load(projectDir).defaultLanguage();
        } catch (BuildFailure e) {
            return "";
        }
    }

    /**
     * Adds the preview-only reload script, with the number of the build the page comes from: a page
     * whose live connection opens after the next build still sees that it is out of date. The
     * built files themselves never contain it.
     */
    private static String withLiveReload(String html, long build) {
        String tag = "<script type=\"module\" src=\"" + LIVE_SCRIPT + "?build=" + build + "\"></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
