package guide.serve;

import guide.cli.Main;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview whose first build fails: the editor is told there is nothing to serve yet (not that an earlier site is
 * served), the browser gets a page that says so and reloads itself, and the site appears once the problem is fixed.
 * Settings the preview cannot start without are reported once.
 */
class PreviewFirstBuildTest {
    private static final String BROKEN = """
            date=2026-11-20
            type=post
            status=published
            translationKey=broken
            author=redakcja
            summary=Bez tytułu.
            ~~~~~~

            Tekst.
            """;

    @Test
    @Timeout(60)
    void aFailedFirstBuildServesAPageThatWaitsForTheFix(@TempDir Path tmp) throws Exception {
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Path article = project.resolve("content/pl/zepsuty.md");
        Files.writeString(article, BROKEN, StandardCharsets.UTF_8);
        int port = freePort();
        PreviewServer server = new PreviewServer(project, project.resolve("target/site"), port);
        String said = stderrOf(server::start);
        try {
            assertTrue(said.contains("content/pl/zepsuty.md"), said);
            assertTrue(said.contains("Build failed; nothing to serve yet: fix the problem above and save"), said);
            assertFalse(said.contains("still serving"), "there is no earlier build to serve: " + said);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> waiting = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pl/")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(404, waiting.statusCode());
            assertTrue(waiting.body().contains("Nothing to preview yet"), waiting.body());
            assertTrue(waiting.body().contains("/__guide/live.js?build=0"), "the page reloads when a build succeeds: " + waiting.body());
            // What the page's live script hears: the problem, and that no site is served (its panel says so, not "the last good build").
            String state;
            try (Stream<String> events = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__guide/events"))
                    .build(), HttpResponse.BodyHandlers.ofLines()).body()) {
                state = events.filter(l -> l.startsWith("data: ")).findFirst().orElse("");
            }
            assertTrue(state.contains("\"served\":false") && state.contains("zepsuty.md"), state);

            ProjectFiles.writeWhole(article, "title=Naprawiony\n" + BROKEN);
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int status;
            do {
                Thread.sleep(100);
                status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pl/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } while (status != 200 && System.nanoTime() < until);
            assertEquals(200, status, "the site is served once the article is fixed");
        } finally {
            server.stop();
        }
    }

    /** No build has written the site's fingerprinted style sheet, which the dashboard links: the preview serves it from the assets. */
    @Test
    @Timeout(60)
    void theDashboardIsStyledThoughNoBuildHasSucceeded(@TempDir Path tmp) throws Exception {
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Files.writeString(project.resolve("content/pl/zepsuty.md"), BROKEN, StandardCharsets.UTF_8);
        int port = freePort();
        PreviewServer server = new PreviewServer(project, project.resolve("target/site"), port);
        stderrOf(server::start);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/__guide/translations")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            List<String> sheets = Jsoup.parse(page).select("link[rel=stylesheet]").eachAttr("href");
            String site = sheets.stream().filter(h -> h.matches("/css/site\\.[0-9a-f]+\\.css")).findFirst().orElseThrow(() -> new AssertionError(page));
            for (String sheet : sheets) {
                HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create(base + sheet)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, css.statusCode(), sheet + " is served though the build failed: " + css.body());
                assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""), sheet);
            }
            String served = http.send(HttpRequest.newBuilder(URI.create(base + site)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            assertEquals(Files.readString(project.resolve("assets/css/site.css")), served, "the assets' style sheet, as a build publishes it");
            assertFalse(Files.exists(project.resolve("target/site").resolve(site.substring(1))), "served, not written: the output is the builds'");
        } finally {
            server.stop();
        }
    }

    /** As {@code ./guide build} says it (FailedBuildWarningsTest): the problem, then the warnings, then what the preview does. */
    @Test
    @Timeout(60)
    void aFailedBuildListsItsWarningsUnderItsProblems(@TempDir Path tmp) throws Exception {
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        String polish = Files.readString(project.resolve("templates/i18n/pl.yaml"));
        Files.writeString(project.resolve("templates/i18n/en.yaml"), polish.replace("aboutUrl: /pl/o-przewodniku/", "aboutUrl: /en/about/"));
        PreviewServer server = new PreviewServer(project, project.resolve("target/site"), freePort());
        List<String> said;
        try {
            said = stderrOf(server::start).lines().toList();
        } finally {
            server.stop();
        }
        assertEquals(4, said.size(), String.join("\n", said));
        assertTrue(said.get(0).startsWith("templates/i18n/en.yaml:") && said.get(0).contains("archiveUrl must be a folder of the language"), said.get(0));
        assertEquals("Also 1 warning (warnings alone do not stop a build):", said.get(1));
        assertTrue(said.get(2).matches("    templates/i18n/en\\.yaml:3: warning: \\d+ of \\d+ interface words are the same as pl\\.yaml's; translate them"),
                said.get(2));
        assertEquals("Build failed; nothing to serve yet: fix the problem above and save, and the browser shows the site.", said.get(3));
    }

    @Test
    @Timeout(60)
    void settingsItCannotStartWithoutAreReportedOnce(@TempDir Path tmp) throws Exception {
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Files.writeString(project.resolve("jbake.properties"), "\ncontent.folder=tresc\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        int port = freePort();
        String[] typed = {"serve", "--project", project.toString(), "--port", String.valueOf(port)};
        String said = stderrOf(() -> assertEquals(1, Main.commandLine(Path.of("").toAbsolutePath(), typed).execute(typed)));
        assertEquals(1, said.split("tresc/", -1).length - 1, "the problem once: " + said);
        assertTrue(said.endsWith("The preview did not start: fix the settings above and start it again.\n"), said);
        assertFalse(Files.exists(project.resolve("target/site")), "nothing is built");
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String stderrOf(Action action) throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
