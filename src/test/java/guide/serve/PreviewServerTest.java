package guide.serve;

import guide.build.SiteBuilder;
import guide.site.ProjectFiles;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server as an editor uses it, without a browser: save a file, get the new page. */
class PreviewServerTest {
    private static final String ARTICLE = """
            title=Umowa na piśmie
            date=2026-11-20
            type=post
            status=published
            translationKey=written-contract
            author=redakcja
            summary=Dlaczego warto spisać zasady współpracy, zanim zaczniesz pracę.
            ~~~~~~

            Zanim zaczniesz pracę, spisz zakres, terminy i stawki.
            """;

    @Test
    void servesFilesInFoldersCreatedWhileItRuns(@TempDir Path tmp) throws Exception {
        try (TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path project = preview.project();
            // A new folder two levels deep, then a file in it: the watcher must see inside folders it did not know.
            Path folder = project.resolve("content/pl/obrazy/2026");
            Files.createDirectories(folder);
            Thread.sleep(300); // the folder's own rebuild
            Files.writeString(folder.resolve("schemat.svg"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>schemat</title></svg>", StandardCharsets.UTF_8);
            HttpResponse<String> image = preview.awaitStatus("/pl/obrazy/2026/schemat.svg", 200);
            assertTrue(image.body().contains("<title>schemat</title>"), image.body());

            // And an article saved into a new folder is built and served at its address.
            Path section = project.resolve("content/pl/poradniki");
            Files.createDirectories(section);
            Files.writeString(section.resolve("umowa-na-pismie.md"), ARTICLE + "Taka umowa chroni obie strony.\n", StandardCharsets.UTF_8);
            HttpResponse<String> page = preview.awaitStatus("/pl/umowa-na-pismie/", 200);
            assertTrue(page.body().contains("Taka umowa chroni obie strony."), page.body());
        }
    }

    /**
     * The preview learns which content files changed from its watcher instead of walking the folder:
     * every kind of save an editor makes (a new file, a save through a temporary file renamed into
     * place, a rename, a deletion) must still reach the pages, and the output must end as a clean build's.
     */
    @Test
    void followsEveryKindOfSaveAndEndsWhereACleanBuildDoes(@TempDir Path tmp) throws Exception {
        Path project;
        Path output;
        try (TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            project = preview.project();
            output = preview.output();
            Path folder = project.resolve("content/pl");
            Files.writeString(folder.resolve("umowa-na-pismie.md"), ARTICLE, StandardCharsets.UTF_8);
            preview.awaitStatus("/pl/umowa-na-pismie/", 200);

            Path temporary = folder.resolve("umowa-na-pismie.md.tmp");
            Files.writeString(temporary, ARTICLE + "\nTaka umowa chroni obie strony.\n", StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve("umowa-na-pismie.md"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            preview.awaitBody("/pl/umowa-na-pismie/", "Taka umowa chroni obie strony.");

            Files.move(folder.resolve("umowa-na-pismie.md"), folder.resolve("umowa-pisemna.md"));
            preview.awaitStatus("/pl/umowa-pisemna/", 200);
            preview.awaitStatus("/pl/umowa-na-pismie/", 404);

            Files.delete(folder.resolve("umowa-pisemna.md"));
            preview.awaitStatus("/pl/umowa-pisemna/", 404);

            Files.writeString(folder.resolve("jak-wystawic-fakture.md"), "\nZdanie dopisane na koniec.\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            preview.awaitBody("/pl/jak-wystawic-fakture/", "Zdanie dopisane na koniec.");
        }
        Path clean = tmp.resolve("clean");
        new SiteBuilder(project).build(clean);
        var expected = SiteSnapshot.of(clean);
        var actual = SiteSnapshot.of(output);
        var differing = new TreeSet<>(expected.keySet());
        differing.addAll(actual.keySet());
        differing.removeIf(path -> Objects.equals(expected.get(path), actual.get(path)));
        assertEquals(Set.of(), differing, "these files differ from a clean build");
    }

    /**
     * A save that builds with a warning (a misspelt header, which the build ignores) is said on the console as {@code ./guide
     * build} says it; the next save, elsewhere, says the same warning still stands; the save that fixes it says it is gone.
     */
    @Test
    @Timeout(180)
    void saysTheWarningsOfEverySaveThatBuilds(@TempDir Path tmp) throws Exception {
        try (PreviewConsole console = PreviewConsole.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path project = preview.project();
            Path pricing = project.resolve("content/pl/jak-wycenic-projekt.md");
            String original = Files.readString(pricing, StandardCharsets.UTF_8);
            List<String> misspelt = console.saidAfter(() -> ProjectFiles.writeWhole(pricing, original.replace("\ntags=", "\ntag=")));
            List<String> elsewhere = console.saidAfter(() -> Files.writeString(project.resolve("content/pl/jak-wystawic-fakture.md"),
                    "\nZdanie dopisane na koniec.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND));
            List<String> fixed = console.saidAfter(() -> ProjectFiles.writeWhole(pricing, original));

            assertEquals(2, misspelt.size(), String.join("\n", misspelt));
            assertTrue(misspelt.get(0).matches("Build \\d+: \\d+ pages in \\d+\\.\\d s, with 1 warning:"), misspelt.get(0));
            assertEquals("    content/pl/jak-wycenic-projekt.md:8: warning: unknown header 'tag' is ignored: did you mean 'tags'?", misspelt.get(1));
            assertEquals(1, elsewhere.size(), String.join("\n", elsewhere));
            assertTrue(elsewhere.get(0).matches("Build \\d+: \\d+ pages in \\d+\\.\\d s, with the same warning as before"), elsewhere.get(0));
            assertEquals(1, fixed.size(), String.join("\n", fixed));
            assertTrue(fixed.get(0).matches("Build \\d+: \\d+ pages in \\d+\\.\\d s, and the warning is gone"), fixed.get(0));
        }
    }

    /**
     * A backup an editor's program leaves beside a page (Emacs's {@code o-nas.md~}) is named in the preview's warnings as it
     * appears, and the warning goes when the backup does, without another save of a page.
     */
    @Test
    @Timeout(180)
    void namesABackupAsItAppearsAndStopsWhenItGoes(@TempDir Path tmp) throws Exception {
        try (PreviewConsole console = PreviewConsole.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path project = preview.project();
            Path backup = project.resolve("content/pl/jak-wycenic-projekt.md~");
            List<String> appeared = console.saidAfter(() -> Files.copy(project.resolve("content/pl/jak-wycenic-projekt.md"), backup));
            List<String> went = console.saidAfter(() -> Files.delete(backup));

            assertEquals(2, appeared.size(), String.join("\n", appeared));
            assertTrue(appeared.get(1).startsWith("    content/pl/jak-wycenic-projekt.md~: not published: a backup"), appeared.get(1));
            assertEquals(1, went.size(), String.join("\n", went));
            assertTrue(went.get(0).endsWith(", and the warning is gone"), went.get(0));
        }
    }

    /** A page on another site that reaches the preview through DNS rebinding sends its own name as Host: it gets nothing. */
    @Test
    void refusesRequestsForAnotherHostName(@TempDir Path tmp) throws Exception {
        try (TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            int port = preview.port();
            assertEquals("421", statusLine(port, "rebound.attacker.example:" + port, "/pl/").split(" ")[1]);
            assertEquals("421", statusLine(port, "localhost:1", "/__guide/translations").split(" ")[1]);
            assertEquals("421", statusLine(port, null, "/pl/").split(" ")[1], "no Host at all");
            assertEquals("200", statusLine(port, "localhost:" + port, "/pl/").split(" ")[1]);
            assertEquals("200", statusLine(port, "127.0.0.1:" + port, "/pl/").split(" ")[1]);
        }
    }

    /** The status line of a GET sent over a plain socket (Java's HTTP client does not let a caller set Host). */
    private static String statusLine(int port, String host, String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            String request = "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

}
