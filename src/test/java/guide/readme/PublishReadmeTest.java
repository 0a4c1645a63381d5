package guide.readme;

import guide.publish.S3Server;
import guide.site.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The output "{@code ./guide publish}: S3-compatible object storage" quotes, compared with a run of its
 * steps on a copy of the real project with the README's settings added to its {@code jbake.properties}
 * (the endpoint, region and path style as the README says), publishing to S3Proxy in the test's JVM into
 * a bucket that holds the site as it was before the edit. Masked, because editors' work changes them:
 * page counts, the time a build or publish took, file sizes, the number of unchanged objects and the
 * search file that holds the page; the endpoint's port is the test server's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishReadmeTest {
    private static final ReadmeSection README = ReadmeSection.subsection("`./guide publish`: S3-compatible object storage");
    private static final String ABOUT = "content/pl/o-przewodniku.md";
    private static S3Server server;
    private static String unedited;

    @RealProject
    static Path project;

    @BeforeAll
    static void publishedOnce() throws Exception {
        server = S3Server.start();
        server.createBucket("przewodnik-freelancera");
        System.setProperty("aws.accessKeyId", S3Server.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3Server.SECRET_KEY);
        String settings = String.join("\n", README.block(0).lines())
                .replace("https://ACCOUNT.r2.cloudflarestorage.com", "http://127.0.0.1:46283")
                .replace("region=auto", "region=us-east-1").replace("pathStyle=false", "pathStyle=true")
                .replace("46283", String.valueOf(server.endpoint().getPort()));
        ProjectFiles.save(project, "jbake.properties", s -> s + settings + "\n");
        unedited = Files.readString(project.resolve(ABOUT));
        GuideRun first = GuideRun.run(project, "publish");
        assertEquals(0, first.exitCode(), first.err());
    }

    @AfterAll
    static void stopped() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        server.close();
    }

    @Test
    @Order(1)
    void aSummaryEditUploadsThePageAndItsTranslation() throws IOException {
        ReadmeSection.Block block = README.block(1);
        ProjectFiles.save(project, ABOUT, s -> s.replace("Bez plików cookie i bez śledzenia.", "Bez plików cookie, bez reklam i bez śledzenia."));
        GuideRun dryRun = GuideRun.run(project, "publish", "--dry-run");
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        QuotedOutput.exactly(block, block.outputOf(0), dryRun.lines(project), this::contentBound,
                "./guide publish --dry-run with ', bez reklam' added to the summary of " + ABOUT);
        GuideRun publish = GuideRun.run(project, "publish");
        assertEquals(0, publish.exitCode(), publish.err());
        QuotedOutput.inOrder(block, block.outputOf(1), publish.lines(project), this::contentBound, "./guide publish after that dry run");
    }

    @Test
    @Order(2)
    void aTextEditUploadsTheTranslationAndTheSearchFilesToo() throws IOException {
        Files.writeString(project.resolve(ABOUT), unedited);
        assertEquals(0, GuideRun.run(project, "publish").exitCode(), "the bucket must hold the unedited site again");
        ProjectFiles.save(project, ABOUT, s -> s.replaceFirst("kursach", "szkoleniach"));
        GuideRun dryRun = GuideRun.run(project, "publish", "--dry-run");
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        QuotedOutput.inOrder(README.block(2), README.block(2).output(), dryRun.lines(project), this::contentBound,
                "./guide publish --dry-run with 'kursach' made 'szkoleniach' in the first paragraph of " + ABOUT);
        List<String> uploads = dryRun.lines(project).stream().filter(line -> line.startsWith("  upload")).toList();
        assertEquals(README.block(2).output().stream().filter(line -> line.startsWith("  upload")).map(this::contentBound).toList(),
                uploads.stream().map(this::contentBound).toList(), "the uploads, all of them");
    }

    /**
     * The one-line errors the README quotes, with its settings at the end of the real project's file (as it says):
     * an endpoint where nothing listens and a region that is not one, each naming its line of {@code jbake.properties}.
     */
    @Test
    @Order(3)
    void anUnreachableEndpointAndAWrongRegionNameTheirLines() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String settings = Files.readString(project.resolve("jbake.properties"));
        String endpoint = "site.publish.endpoint=http://127.0.0.1:" + server.endpoint().getPort();
        List<String> said = new ArrayList<>();
        for (String wrong : List.of(settings.replace(endpoint, "site.publish.endpoint=http://127.0.0.1:" + closed),
                settings.replace("site.publish.region=us-east-1", "site.publish.region=EU West"))) {
            Files.writeString(project.resolve("jbake.properties"), wrong);
            GuideRun publish = GuideRun.run(project, "publish");
            assertEquals(1, publish.exitCode(), publish.out());
            publish.lines(project).stream().filter(line -> line.startsWith("jbake.properties:"))
                    .map(line -> line.replace("127.0.0.1:" + closed, "127.0.0.1:46299")).forEach(said::add);
        }
        Files.writeString(project.resolve("jbake.properties"), settings);
        assertEquals(README.quotes('`', "jbake.properties:").stream().map(ReadmeSection.Quote::text).toList(), said,
                "the errors of ./guide publish with the README's settings at the end of jbake.properties");
    }

    /** A line with what editors' work changes masked, and the test server's port written as the README's. */
    private String contentBound(String line) {
        return EditorsReadmeTest.contentBound(line.replace(":" + server.endpoint().getPort() + " ", ":46283 ")
                        .replace(":" + server.endpoint().getPort() + ",", ":46283,"))
                .replaceAll("\\d+\\.\\d kB", "N kB")
                .replaceAll("\\d+ unchanged", "N unchanged")
                .replaceFirst(" in \\d+\\.\\d s$", " in T s")
                .replaceFirst("pl/search/d/\\d+\\.json", "pl/search/d/N.json");
    }
}
