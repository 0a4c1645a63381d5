package guide.serve;

import com.sun.net.httpserver.HttpExchange;
import guide.content.SiteContent;
import guide.dashboard.DashboardFilter;
import guide.dashboard.DashboardPage;
import guide.dashboard.ImportOutcome;
import guide.dashboard.PageOptions;
import guide.dashboard.ProblemsPage;
import guide.dashboard.TranslationDashboard;
import guide.publish.FingerprintedAssets;
import guide.publish.SecurityHeaders;
import guide.site.BuildFailure;
import guide.site.MergeConflicts;
import guide.site.Problem;
import guide.translation.GitHistory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The preview's translation dashboard under {@code /__guide/translations}: the page (GET), its
 * XLIFF downloads (GET, they change nothing), and the import (POST only, with the run's
 * {@link WriteToken}, from the preview's own origin; anything else is refused before a byte is
 * written). The loopback Host check of the whole preview applies first. The dashboard's script and
 * style sheet are files of their own, as the Content Security Policy forbids inline ones.
 */
final class DashboardRoutes {
    private final Path projectDir;
    private final WriteToken token = new WriteToken();
    private final DashboardImport importer;
    private final ImportResults results = new ImportResults();
    private final Set<String> origins;

    DashboardRoutes(Path projectDir, int port) {
        this.projectDir = projectDir;
        this.importer = new DashboardImport(projectDir);
        this.origins = Set.of("http://localhost:" + port, "http://127.0.0.1:" + port, "http://[::1]:" + port);
    }

    /** Everything under {@code /__guide/translations}. */
    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        switch (path) {
            case PageOptions.BASE, PageOptions.BASE + "/" -> getOnly(exchange, () -> page(exchange, query));
            case PageOptions.XLIFF -> getOnly(exchange, () -> xliff(exchange, query));
            case PageOptions.XLIFF_ZIP -> getOnly(exchange, () -> bundle(exchange, query));
            case PageOptions.IMPORT -> upload(exchange);
            default -> text(exchange, 404, "not found");
        }
    }

    /** {@code /__guide/dashboard.js} and {@code /__guide/dashboard.css}. */
    void asset(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().endsWith(".js") ? "dashboard.js" : "dashboard.css";
        try (InputStream in = DashboardRoutes.class.getResourceAsStream(name)) {
            send(exchange, 200, name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8", in.readAllBytes());
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    /** The site's stylesheet when the settings cannot be read: from the default assets folder, if it is there. */
    private String siteStylesheet() {
        try {
            return FingerprintedAssets.read(projectDir, projectDir.resolve("assets")).urls().getOrDefault("/css/site.css", "");
        } catch (BuildFailure | IOException | RuntimeException e) {
            return "";
        }
    }

    private static void getOnly(HttpExchange exchange, Action action) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            text(exchange, 405, "GET only");
            return;
        }
        action.run();
    }

    private void page(HttpExchange exchange, String query) throws IOException {
        String html;
        int status = 200;
        try {
            SiteContent content = SiteContent.load(projectDir);
            String stylesheet = FingerprintedAssets.read(projectDir, content.config().assetDir()).urls().getOrDefault("/css/site.css", "");
            DashboardFilter filter = DashboardFilter.of(QueryString.param(query, "lang").orElse(null), QueryString.param(query, "state").orElse(null),
                    QueryString.param(query, "mark").orElse(null), content.config().languages());
            Optional<ImportOutcome> outcome = results.find(QueryString.param(query, "import").orElse(null));
            html = new DashboardPage(TranslationDashboard.of(content), new PageOptions(stylesheet, token.value(), GitHistory.of(projectDir))).html(filter, outcome);
        } catch (BuildFailure failure) {
            status = 500;
            failure.problems().forEach(System.err::println);
            html = ProblemsPage.html(failure.problems(), siteStylesheet());
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", SecurityHeaders.HEADER_POLICY);
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void xliff(HttpExchange exchange, String query) throws IOException {
        Optional<String> source = QueryString.param(query, "source");
        Optional<String> lang = QueryString.param(query, "to");
        Optional<SiteContent> content = content(exchange);
        if (content.isPresent()) {
            download(exchange, source.isPresent() && lang.isPresent() ? XliffDownloads.one(content.get(), source.get(), lang.get()) : Optional.empty(),
                    "nothing to export for this page and language");
        }
    }

    private void bundle(HttpExchange exchange, String query) throws IOException {
        Optional<String> lang = QueryString.param(query, "to");
        Optional<SiteContent> content = content(exchange);
        if (content.isPresent()) {
            download(exchange, lang.isPresent() ? XliffDownloads.bundle(content.get(), lang.get()) : Optional.empty(),
                    "nothing to export for this language");
        }
    }

    /**
     * The project's content; or, when its settings cannot be read, empty after answering 500 with their problems (and printing
     * them); or, while git's merge conflicts are left in pages, empty after answering 409 with them, as the export command stops.
     */
    private Optional<SiteContent> content(HttpExchange exchange) throws IOException {
        try {
            SiteContent content = SiteContent.load(projectDir);
            List<Problem> conflicts = MergeConflicts.among(content.problems());
            if (!conflicts.isEmpty()) {
                text(exchange, 409, "Nothing exported: resolve the merge conflicts first (" + Problem.count(conflicts.size()) + ").\n"
                        + conflicts.stream().map(Object::toString).collect(Collectors.joining("\n")));
                return Optional.empty();
            }
            return Optional.of(content);
        } catch (BuildFailure failure) {
            failure.problems().forEach(System.err::println);
            text(exchange, 500, "Nothing exported: the settings have problems; fix them and download again.\n"
                    + failure.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
            return Optional.empty();
        }
    }

    /** @param nothing what the answer says when there is no file: the zip is a language's, not a page's */
    private static void download(HttpExchange exchange, Optional<XliffDownloads.Download> file, String nothing) throws IOException {
        if (file.isEmpty()) {
            text(exchange, 404, nothing);
            return;
        }
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + file.get().fileName() + "\"");
        send(exchange, 200, file.get().contentType(), file.get().bytes());
    }

    /** The import: refused unless POST, from the preview's origin, with the token; then checked and written as the CLI does. */
    private void upload(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            text(exchange, 405, "POST only");
            return;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origins.contains(origin)) {
            text(exchange, 403, "refused: the request comes from another site (" + origin + ")");
            return;
        }
        UploadForm.Parsed form;
        try {
            form = UploadForm.read(exchange);
        } catch (UploadForm.Refused refused) {
            text(exchange, refused.status, "refused: " + refused.getMessage());
            return;
        }
        if (!token.matches(form.fields().get("token"))) {
            text(exchange, 403, "refused: this form is not from this run of the preview (no or wrong token); reload the dashboard and try again");
            return;
        }
        Optional<String> name = Optional.ofNullable(form.fields().get("name")).map(String::strip).filter(n -> !n.isEmpty());
        ImportOutcome outcome = importer.run(form.files(), form.fields().containsKey("force"), name);
        System.out.println("Dashboard import: " + outcome.headline());
        outcome.messages().forEach(m -> System.out.println("  " + m));
        exchange.getResponseHeaders().set("Location", PageOptions.BASE + "?import=" + results.keep(outcome) + "#import-result");
        send(exchange, 303, "text/plain; charset=utf-8", new byte[0]);
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }
}
