package guide.serve;

import com.sun.net.httpserver.HttpServer;
import guide.build.SiteBuilder;
import guide.content.ContentChanges;
import guide.dashboard.PageOptions;
import guide.site.BuildFailure;
import guide.site.SiteConfig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * {@code ./guide serve}: builds the site, serves the output folder on localhost with the JDK's
 * HttpServer, rebuilds on every change and makes open pages reload (or show the problems of a
 * failed build, while the last good build stays served). This class starts and stops the parts and
 * routes requests to them: the builds ({@link PreviewBuilds}), the site's files ({@link SiteRoutes}) and its drafts' pages ({@link DraftPages}),
 * the build events ({@link LiveReload}), the translations dashboard ({@link DashboardRoutes}), each
 * behind the Host check ({@link LoopbackOnly}).
 */
public final class PreviewServer {
    private static final String DASHBOARD_PAGE = PageOptions.BASE;

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
    private final LiveReload live = new LiveReload();
    private final ContentChanges changes = new ContentChanges();
    private final DraftPages drafts;
    private final PreviewBuilds builds;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private HttpServer server;
    private SourceWatcher watcher;

    public PreviewServer(Path projectDir, Path output, int port) {
        this.projectDir = projectDir;
        this.output = output;
        this.port = port;
        this.drafts = new DraftPages("http://localhost:" + port);
        this.builds = new PreviewBuilds(output, new SiteBuilder(projectDir).forPreview(changes), live, drafts);
    }

    /**
     * Reads the settings, takes the port, builds once, then serves and watches; returns once the server is listening.
     * The port comes before the build, so a busy one is reported before any build starts or writes a file.
     */
    public void start() throws IOException, BuildFailure {
        // Settings the preview cannot start without (the folders it watches) are reported once, before a build says the same.
        SiteConfig config = SiteConfig.loadForBuild(projectDir);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        builds.rebuild(Set.of());
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        LoopbackOnly loopback = new LoopbackOnly(port);
        server.createContext("/__guide/events", live::handle).getFilters().add(loopback);
        server.createContext(LiveScript.PATH, LiveScript::serve).getFilters().add(loopback);
        DashboardRoutes dashboard = new DashboardRoutes(projectDir, port);
        server.createContext(DASHBOARD_PAGE, dashboard::handle).getFilters().add(loopback);
        server.createContext(PageOptions.SCRIPT, dashboard::asset).getFilters().add(loopback);
        server.createContext(PageOptions.STYLE, dashboard::asset).getFilters().add(loopback);
        server.createContext("/", new SiteRoutes(projectDir, output, builds::current, live::problems, drafts)::handle).getFilters().add(loopback);
        server.start();
        watcher = new SourceWatcher(projectDir, config.contentDir(), List.of(config.templateDir(), config.assetDir()), changes);
        Thread watch = new Thread(() -> watcher.run(builds::rebuild), "preview-watch");
        watch.setDaemon(true);
        watch.start();
        Thread warmUp = new Thread(builds::warmUp, "preview-warm-up");
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
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException ignored) {
            // stopping anyway
        }
        // A build the watcher started (say, after a dashboard import) ends before stop() returns.
        builds.stop();
        stopped.countDown();
    }
}
