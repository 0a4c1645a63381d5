package guide.readme;

import guide.serve.PreviewServer;
import guide.site.ProjectFiles;
import org.junit.jupiter.api.Test;

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
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's console as "Add an article" quotes it for a draft: the README's own draft ({@link LateFeesDraft})
 * with its broken link and missing image, then with a {@code <script>} that stops its page, then saved while a bad setting
 * stops every build, then renamed after a good build (its old address sent on, as the README's {@code curl} says), in a copy of the real project, served on a free port. Masked: the page count and the build's time; the port is written as the README's.
 */
class DraftPreviewReadmeTest {
    @RealProject
    static Path project;

    @Test
    void thePreviewSaysWhereToSeeADraft() throws Exception {
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(2);
        List<String> lines = consoleWith(LateFeesDraft.WITH_BROKEN_LINK_AND_IMAGE);
        QuotedOutput.exactly(block, block.output(), lines, DraftPreviewReadmeTest::machineBound, "./guide serve with the draft content/en/late-fees.md");
    }

    @Test
    void thePreviewSaysWhereToSeeWhatStopsADraftsPage() throws Exception {
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(3);
        List<String> lines = consoleWith(LateFeesDraft.HEAD + "Before you add one, read [how to end a client relationship](/en/how-to-end-a-client-relationship-in-3-steps/).\n\n"
                + "<script src=\"https://example.com/late-fee-calculator.js\"></script>\n");
        QuotedOutput.exactly(block, block.output(), lines, DraftPreviewReadmeTest::machineBound,
                "./guide serve with a <script> in the draft content/en/late-fees.md");
    }

    @Test
    void thePreviewListsADraftUnderTheProblemOfSettingsThatStopEveryBuild() throws Exception {
        Path settings = project.resolve("jbake.properties");
        String whole = Files.readString(settings, StandardCharsets.UTF_8);
        Files.deleteIfExists(project.resolve(LateFeesDraft.FILE));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream err = System.err;
        PreviewServer preview = new PreviewServer(project, project.resolve("target/site"), freePort());
        List<String> said = List.of();
        try {
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            preview.start();
            ProjectFiles.writeWhole(settings, whole + "site.home.latest=ten\n");
            ProjectFiles.writeWhole(project.resolve(LateFeesDraft.FILE), LateFeesDraft.HEAD + "A first version.\n");
            long until = System.nanoTime() + 30_000_000_000L;
            while (said.stream().noneMatch(line -> line.contains("its page waits")) && System.nanoTime() < until) {
                Thread.sleep(100);
                said = console.toString(StandardCharsets.UTF_8).lines().map(String::strip).map(line -> line.replaceAll("localhost:\\d+/", "localhost:8820/")).toList();
            }
        } finally {
            preview.stop();
            System.setErr(err);
            ProjectFiles.writeWhole(settings, whole);
        }
        ReadmeSection section = ReadmeSection.subsection("Add an article");
        for (String start : List.of("jbake.properties:", "content/en/late-fees.md: draft, not published; its page waits")) {
            ReadmeSection.Quote quote = section.quote('`', start);
            assertTrue(said.contains(quote.text()), "README.md:" + quote.line() + " quotes `" + quote.text() + "`; the preview said " + said);
        }
    }

    @Test
    void thePreviewSendsARenamedDraftsOldAddressToItsNewOne() throws Exception {
        Path draft = project.resolve(LateFeesDraft.FILE);
        Path renamed = project.resolve("content/en/late-payment-fees.md");
        ProjectFiles.writeWhole(draft, LateFeesDraft.HEAD + "A first version.\n");
        int port = freePort();
        PreviewServer preview = new PreviewServer(project, project.resolve("target/site"), port);
        HttpResponse<Void> old;
        try {
            preview.start();
            Files.move(draft, renamed);
            old = awaitStatus(port, "/en/late-fees/", 307);
        } finally {
            preview.stop();
            Files.deleteIfExists(renamed);
        }
        ReadmeSection section = ReadmeSection.subsection("Add an article");
        ReadmeSection.Quote typed = section.quote('`', "curl -sI http://localhost:8820/en/late-fees/");
        ReadmeSection.Quote status = section.quote('`', "HTTP/1.1 ");
        ReadmeSection.Quote location = section.quote('`', "Location: ");
        assertEquals("HTTP/1.1 " + old.statusCode(), status.text(), "README.md:" + status.line() + " after " + typed.text());
        assertEquals("Location: " + old.headers().firstValue("Location").orElse(""), location.text(), "README.md:" + location.line());
    }

    /** The answer at {@code path} of the preview on {@code port}, asked again until it is {@code status} or 30 s have passed. */
    private static HttpResponse<Void> awaitStatus(int port, String path, int status) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest head = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        long until = System.nanoTime() + 30_000_000_000L;
        HttpResponse<Void> last = http.send(head, HttpResponse.BodyHandlers.discarding());
        while (last.statusCode() != status && System.nanoTime() < until) {
            Thread.sleep(100);
            last = http.send(head, HttpResponse.BodyHandlers.discarding());
        }
        return last;
    }

    /** The preview's console, its port written as the README's, with {@code content/en/late-fees.md} saved as {@code text}. */
    private static List<String> consoleWith(String text) throws Exception {
        Files.writeString(project.resolve(LateFeesDraft.FILE), text, StandardCharsets.UTF_8);
        int port = freePort();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PreviewServer preview = new PreviewServer(project, project.resolve("target/site"), port);
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            preview.start();
        } finally {
            preview.stop();
            System.setOut(out);
        }
        String local = "localhost:" + port + "/";
        return Arrays.stream(console.toString(StandardCharsets.UTF_8).split("\n")).filter(line -> !line.isBlank())
                .map(line -> line.replace(local, "localhost:8820/")).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The time a build took and the page count masked. */
    private static String machineBound(String line) {
        return line.replaceFirst("^(Build \\d+: )\\d+ pages in \\d+\\.\\d s", "$1N pages in T s");
    }
}
