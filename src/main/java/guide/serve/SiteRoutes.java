package guide.serve;

import com.sun.net.httpserver.HttpExchange;
import guide.build.DraftFileFailure;
import guide.build.DraftPage;
import guide.site.BuildFailure;
import guide.site.GuideCommand;
import guide.site.SiteConfig;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers the preview's requests for the site: the output folder's files (pages with the {@link LiveScript}), the
 * assets no build has written yet ({@link UnbuiltAssets}), the drafts' pages and the files only they use, from memory
 * ({@link DraftPages}), the not-found pages as a host serves them, and, while no build has made a site, a page that says so
 * and shows the site once one does.
 */
final class SiteRoutes {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));
    /** How often, in seconds, the page asks again without JavaScript; with it, the live script reloads it after the build. */
    static final int NOTHING_YET_REFRESH = 2;
    /**
     * The page while no build has made a site. Without JavaScript it asks again every {@link #NOTHING_YET_REFRESH} s (a
     * refresh inside {@code <noscript>}, which a browser running scripts reads as text, so it never cuts the live script's
     * reload short), and lists the failed build's problems itself, in a {@code <noscript>} too: with JavaScript on, the live
     * script's panel lists them, and keeps the list current without a reload.
     */
    /**
     * The preview's own plain pages (nothing to preview, a draft that cannot be made) fit a phone's width and follow its
     * dark mode with the browser's own colours, as they have no style sheet.
     */
    static final String PLAIN_PAGE_METAS = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"color-scheme\" content=\"light dark\">";
    private static final String NOTHING_YET = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + PLAIN_PAGE_METAS + "<title>Nothing to preview yet</title>"
            + "<noscript><meta http-equiv=\"refresh\" content=\"" + NOTHING_YET_REFRESH + "\"></noscript>"
            + "</head><body><h1>Nothing to preview yet</h1><p>The build failed. The terminal running <code>%1$s serve</code> lists"
            + " what to fix, at its file and line, and so does %2$s. Save your fix,"
            + " and this page shows the site once a build succeeds.</p>%3$s</body></html>";

    private final Path projectDir;
    private final Path output;
    private final LongSupplier build;
    private final UnbuiltAssets unbuilt;
    private final Supplier<List<String>> problems;
    private final DraftPages drafts;
    /** What the console said of each draft file it could not serve, with the build it said it in. */
    private final Map<String, Long> unservedSaid = new ConcurrentHashMap<>();

    /**
     * @param build    the number of the build a page served now comes from ({@link PreviewBuilds#current()})
     * @param problems the last failed build's problems, as {@code file:line: message} ({@link LiveReload#problems()})
     * @param drafts   the drafts' pages, served at their addresses where the output has no file
     */
    SiteRoutes(Path projectDir, Path output, LongSupplier build, Supplier<List<String>> problems, DraftPages drafts) {
        this.projectDir = projectDir;
        this.output = output;
        this.build = build;
        this.unbuilt = new UnbuiltAssets(projectDir);
        this.problems = problems;
        this.drafts = drafts;
    }

    /** The page while no build has made a site, listing {@code problems} for a reader without JavaScript. */
    static String nothingYet(List<String> problems) {
        if (problems.isEmpty()) {
            return NOTHING_YET.formatted(command(), "a panel at the bottom of this page when JavaScript is on", "");
        }
        StringBuilder list = new StringBuilder("<noscript><p>Fix this and save:</p><ul>");
        for (String problem : problems) {
            list.append("<li><code>").append(Entities.escape(problem)).append("</code></li>");
        }
        list.append("</ul></noscript>");
        return NOTHING_YET.formatted(command(), "the list below (with JavaScript on, a panel at the bottom of this page)", list);
    }

    /** The command the preview was started with, for the page's HTML. */
    private static String command() {
        return Entities.escape(GuideCommand.name());
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        if (path.contains("..")) {
            Responses.send(exchange, 400, "text/plain; charset=utf-8", "bad path".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = output.resolve(path.substring(1));
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                Responses.send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (Files.isRegularFile(file)) {
            serve(exchange, 200, file);
            return;
        }
        if (serveDraft(exchange, path)) {
            return;
        }
        Optional<byte[]> asset;
        try {
            asset = drafts.file(path).or(() -> unbuilt.find(path.substring(1)));
        } catch (DraftFileFailure failure) {
            unserved(exchange, path, failure);
            return;
        }
        if (asset.isPresent()) {
            Responses.send(exchange, 200, TYPES.getOrDefault(extension(path), "application/octet-stream"), asset.get());
        } else {
            notFound(exchange, path);
        }
    }

    /** Serves the draft at {@code path} (or what stops its page, {@link DraftProblemsPage}), or sends its address with the final slash; false when no draft is shown there. */
    private boolean serveDraft(HttpExchange exchange, String path) throws IOException {
        if (drafts.isFolder(path)) {
            exchange.getResponseHeaders().set("Location", path + "/");
            Responses.send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return true;
        }
        long from = build.getAsLong();
        // A draft added, renamed or moved while builds fail: why it has no page yet (500, as below), until a good build shows it.
        Optional<String> waiting = drafts.pendingAt(path).map(PendingDraftPage::of);
        if (waiting.isPresent()) {
            Responses.send(exchange, 500, TYPES.get("html"), LiveScript.addedTo(waiting.get(), from).getBytes(StandardCharsets.UTF_8));
            return true;
        }
        Optional<DraftPage> draft = drafts.at(path);
        // A shown draft renamed or moved, while builds fail or since a good build: its old address sends the reader on, for now.
        Optional<String> moved = drafts.sentOn(path);
        if (moved.isPresent()) {
            exchange.getResponseHeaders().set("Location", moved.get());
            Responses.send(exchange, 307, "text/plain; charset=utf-8", new byte[0]);
            return true;
        }
        if (draft.isEmpty()) {
            return false;
        }
        // A draft whose page cannot be made: what stops it, where the page would be (500: the page is there, but not made).
        String page = draft.get().made() ? draft.get().html() : DraftProblemsPage.of(draft.get());
        Responses.send(exchange, draft.get().made() ? 200 : 500, TYPES.get("html"), LiveScript.addedTo(page, from).getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /**
     * A file only drafts use that cannot be read or made now: what is wrong, at the draft's line that shows it, on the console
     * and as the answer (500, as for a draft's page that cannot be made: the file is there, but cannot be served), in place of
     * a picture silently missing. The console says it once a build: a page reloaded, or asking for the file in several widths,
     * would repeat it.
     */
    private void unserved(HttpExchange exchange, String path, DraftFileFailure failure) throws IOException {
        StringBuilder said = new StringBuilder("Cannot serve " + path + ", a file only drafts use:\n");
        failure.problems().forEach(problem -> said.append("    ").append(problem).append('\n'));
        long from = build.getAsLong();
        Long before = unservedSaid.put(said.toString(), from);
        if (before == null || before != from) {
            System.err.print(said); // once a build, not at each request a page makes for it
        }
        Responses.send(exchange, 500, "text/plain; charset=utf-8", said.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void notFound(HttpExchange exchange, String path) throws IOException {
        // A language's folder: its not-found page; anywhere else the root one, in every language
        // (a site built before there was one: the default language's).
        String first = path.length() > 1 ? path.substring(1).split("/")[0] : "";
        Path file = output.resolve(first).resolve("404.html");
        if (first.isEmpty() || !Files.isRegularFile(file)) {
            file = output.resolve("404.html");
        }
        if (!Files.isRegularFile(file)) {
            file = output.resolve(defaultLanguage()).resolve("404.html");
        }
        if (Files.isRegularFile(file)) {
            serve(exchange, 404, file);
        } else if (Files.isRegularFile(output.resolve("index.html"))) {
            Responses.send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
            // No site yet (the first build failed): a page that shows the site once a build succeeds.
            Responses.send(exchange, 404, "text/html; charset=utf-8",
                    LiveScript.addedTo(nothingYet(problems.get()), build.getAsLong()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void serve(HttpExchange exchange, int status, Path file) throws IOException {
        String ext = extension(file.getFileName().toString());
        // The number of the build the page comes from, taken before the file is read: a build that
        // publishes in between makes the page reload once more, never less.
        long from = build.getAsLong();
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html")) {
            body = LiveScript.addedTo(new String(body, StandardCharsets.UTF_8), from).getBytes(StandardCharsets.UTF_8);
        }
        Responses.send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
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
}
