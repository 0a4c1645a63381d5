package guide.serve;

import guide.site.ProjectFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A preview of the test site for the dashboard's tests: the English pricing article is outdated
 * (its "Fixed price" section), the Polish "advance" article has no translation, and a new Polish
 * article has an English draft. Also: the dashboard's token, a translated XLIFF file, a snapshot of
 * content/ to show that a refused request wrote nothing.
 */
public final class DashboardFixture implements AutoCloseable {
    public static final String PRICING_EN = "content/en/pricing-a-project.md";
    public static final String PRICING_PL = "content/pl/jak-wycenic-projekt.md";
    /** The text of the changed source block, and the translation's block for its old version. */
    public static final String NEW_SOURCE_BLOCK = "Sprawdza się, gdy zakres jest spisany.";
    public static final String OLD_TRANSLATION_BLOCK = "Works when the scope is written down.";
    public static final String NEW_TRANSLATION_BLOCK = "Works when the scope is agreed in writing.";

    public final Path project;
    public final int port;
    private final PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    public DashboardFixture(Path into) throws Exception {
        project = ProjectFixture.copyProject(into);
        Files.writeString(project.resolve("content/pl/umowa-na-pismie.md"), """
                title=Umowa na piśmie
                date=2026-03-01
                type=post
                status=published
                translationKey=written-contract
                author=redakcja
                summary=Dlaczego warto spisać zasady współpracy.
                tags=umowy
                ~~~~~~

                Zanim zaczniesz pracę, spisz zakres, terminy i stawki.
                """, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("content/en/a-written-contract.md"), """
                title=A written contract
                date=2026-03-01
                type=post
                status=draft
                translationKey=written-contract
                author=redakcja
                summary=Why the rules of working together should be written down.
                tags=contracts
                ~~~~~~

                Before you start, write down the scope, the deadlines and the rates.
                """, StandardCharsets.UTF_8);
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new PreviewServer(project, project.resolve("target/site"), port);
        server.start();
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** The write token embedded in the dashboard's import form. */
    public String token() throws IOException, InterruptedException {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(get("/__guide/translations"));
        if (!m.find()) {
            throw new AssertionError("the dashboard has no token");
        }
        return m.group(1);
    }

    /** The pricing article's XLIFF as the dashboard offers it, with the block to review translated anew. */
    public byte[] translatedPricingXliff() throws IOException, InterruptedException {
        String xliff = get("/__guide/translations/xliff?source=" + PRICING_PL + "&to=en");
        String reviewed = xliff.replace("state=\"needs-review-translation\">" + OLD_TRANSLATION_BLOCK, "state=\"translated\">" + NEW_TRANSLATION_BLOCK);
        if (reviewed.equals(xliff)) {
            throw new AssertionError("the export has no unit to review with the old translation: " + xliff);
        }
        return reviewed.getBytes(StandardCharsets.UTF_8);
    }

    /** Every file of content/ with its bytes. */
    public Map<String, String> contentSnapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(project.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Override
    public void close() {
        server.stop();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
