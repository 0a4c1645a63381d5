package guide.publish;

import guide.site.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./guide publish} against a real S3 API (S3Proxy in this JVM): what a client of the
 * bucket finds afterwards, and which writes the server carried out, in which order.
 */
class PublishTest {
    static final String ARTICLE = "content/pl/drugi-artykul.md";
    static S3Server server;
    static int buckets;

    @TempDir
    Path temp;
    Path project;
    String bucket;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3Server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void newBucketAndCredentials() {
        bucket = "guide-site-" + (++buckets);
        server.createBucket(bucket);
        project = PublishFixture.project(temp.resolve("project"), server.endpoint(), bucket);
        // The SDK's default chain reads these first; the tests never see real credentials.
        System.setProperty("aws.accessKeyId", S3Server.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3Server.SECRET_KEY);
    }

    @AfterEach
    void forgetCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        System.clearProperty("aws.sharedCredentialsFile");
        System.clearProperty("aws.configFile");
    }

    @Test
    void firstPublishPutsTheWholeSiteWithTypesAndCachePolicyAndASecondPublishUploadsNothing() throws Exception {
        CommandRun first = publish();
        assertEquals(0, first.exitCode(), first.err());
        Path site = project.resolve("target/site");
        Set<String> expected = files(site);
        expected.removeAll(Set.of("_headers", "_redirects")); // host rules, not pages: never uploaded
        assertEquals(expected, objects().keySet(), "the bucket holds the site's files");
        assertArrayEquals(Files.readAllBytes(site.resolve("pl/drugi-artykul/index.html")), get("pl/drugi-artykul/index.html").asByteArray());

        String css = only(expected, "css/site\\.[0-9a-f]{8}\\.css");
        String js = only(expected, "js/search\\.[0-9a-f]{8}\\.js");
        String revalidate = "public, max-age=0, must-revalidate";
        String year = "public, max-age=31536000, immutable";
        assertHeaders("pl/index.html", "text/html; charset=utf-8", revalidate);
        assertHeaders("404.html", "text/html; charset=utf-8", revalidate);
        assertHeaders("pl/feed.xml", "application/atom+xml; charset=utf-8", revalidate);
        assertHeaders("sitemap.xml", "application/xml; charset=utf-8", revalidate);
        assertHeaders("robots.txt", "text/plain; charset=utf-8", revalidate);
        assertHeaders("en/search/meta.json", "application/json; charset=utf-8", revalidate);
        assertHeaders("favicon.svg", "image/svg+xml; charset=utf-8", revalidate);
        assertHeaders(css, "text/css; charset=utf-8", year);
        assertHeaders(js, "text/javascript; charset=utf-8", year);

        List<S3Server.Write> writes = server.writes();
        List<String> order = writes.stream().map(S3Server.Write::key).toList();
        int lastAsset = Math.max(order.indexOf(css), Math.max(order.indexOf(js), order.indexOf("favicon.svg")));
        int firstPage = order.stream().filter(k -> k.endsWith(".html") || k.endsWith(".xml")).mapToInt(order::indexOf).min().orElseThrow();
        assertTrue(lastAsset < firstPage, "assets are uploaded before the pages that link to them: " + order);
        assertTrue(first.out().contains("Published: " + expected.size() + " uploaded (" + expected.size() + " new, 0 changed;"), first.out());

        server.forgetWrites();
        CommandRun second = publish();
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(List.of(), server.writes(), "nothing changed, nothing written");
        assertTrue(second.out().contains("Published: 0 uploaded (0 new, 0 changed; 0 B), 0 deleted, " + expected.size() + " unchanged"), second.out());
    }

    @Test
    void editingOnePolishArticleUploadsExactlyThePagesThatShowIt() throws Exception {
        assertEquals(0, publish().exitCode());
        server.forgetWrites();
        // The editor rewrites the summary and adds a sentence (reading time stays one minute).
        ProjectFiles.save(project, ARTICLE, s -> s.replace("summary=Co musi być w umowie z klientem, zanim zaczniesz pracę.",
                "summary=Pięć rzeczy, które musi zawierać umowa z klientem.") + "\nDodaj też zasady zmian zakresu.\n");
        CommandRun run = publish();
        assertEquals(0, run.exitCode(), run.err());

        Set<String> put = keys(server.writes(), "PUT");
        assertEquals(new TreeSet<>(Set.of(
                "pl/drugi-artykul/index.html",  // the article
                "pl/index.html",                // the home page's list shows its summary
                "pl/artykuly/index.html",       // so does the archive
                "pl/feed.xml",                  // and the feed
                "en/second-article/index.html"  // the translation now says its source changed
        )), withoutSearch(put));
        // Search: the article's own text file and the shards of the words that came or went; nothing in English.
        Set<String> search = new TreeSet<>(put);
        search.removeAll(withoutSearch(put));
        assertTrue(search.stream().allMatch(k -> k.startsWith("pl/search/")), "only the Polish index changed: " + search);
        assertTrue(search.stream().anyMatch(k -> k.startsWith("pl/search/d/")), "the article's text for results: " + search);
        assertTrue(search.stream().anyMatch(k -> k.startsWith("pl/search/s/")), "the shards of its new words: " + search);
        assertEquals(Set.of(), keys(server.writes(), "DELETE"));
        String translation = get("en/second-article/index.html").asUtf8String();
        assertTrue(translation.contains("translation-notice"), "the published translation carries the notice");
    }

    @Test
    void removedArticleIsDeletedOnlyAfterThePagesThatLinkedToItWereReplaced() throws Exception {
        assertEquals(0, publish().exitCode());
        Path site = project.resolve("target/site");
        Set<String> linking = new TreeSet<>();
        for (String file : files(site)) {
            if (file.endsWith(".png")) {
                continue; // the pages' social cards: pictures, no links
            }
            if (Files.readString(site.resolve(file), StandardCharsets.UTF_8).contains("/pl/trzeci-artykul/") && !file.startsWith("pl/trzeci-artykul/")
                    && !file.startsWith("pl/search/d/")) { // the article's own text for search results
                linking.add(file);
            }
        }
        assertTrue(linking.containsAll(Set.of("pl/index.html", "pl/feed.xml", "sitemap.xml")), "pages link to the article: " + linking);
        server.forgetWrites();

        Files.delete(project.resolve("content/pl/trzeci-artykul.md"));
        CommandRun run = publish();
        assertEquals(0, run.exitCode(), run.err());

        List<S3Server.Write> writes = server.writes();
        assertEquals(Set.of("pl/trzeci-artykul/card.png", "pl/trzeci-artykul/index.html"), withoutSearch(keys(writes, "DELETE")));
        assertTrue(keys(writes, "DELETE").stream().allMatch(k -> k.startsWith("pl/trzeci-artykul/") || k.startsWith("pl/search/")),
                "besides the page and its card, only its search files go: " + writes);
        assertTrue(keys(writes, "PUT").containsAll(linking), "every page that linked to it was replaced: " + writes);
        int firstDelete = writes.indexOf(writes.stream().filter(w -> w.method().equals("DELETE")).findFirst().orElseThrow());
        int lastPut = writes.lastIndexOf(writes.stream().filter(w -> w.method().equals("PUT")).reduce((a, b) -> b).orElseThrow());
        assertTrue(lastPut < firstDelete, "deleted only after every page was replaced: " + writes);
        assertEquals(false, objects().containsKey("pl/trzeci-artykul/index.html"));
    }

    @Test
    void aRenamedArticlesOldAddressStaysInTheBucketAsAForwardingPage() throws Exception {
        assertEquals(0, publish().exitCode());
        server.forgetWrites();
        Files.move(project.resolve("content/pl/trzeci-artykul.md"), project.resolve("content/pl/trzeci-tekst.md"));
        ProjectFiles.save(project, "content/pl/trzeci-tekst.md", s -> s.replaceFirst("status=published\n", "status=published\naliases=/pl/trzeci-artykul/\n"));
        CommandRun run = publish();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(keys(server.writes(), "PUT").containsAll(Set.of("pl/trzeci-tekst/index.html", "pl/trzeci-artykul/index.html")), run.out());
        assertEquals(Set.of("pl/trzeci-artykul/card.png"), withoutSearch(keys(server.writes(), "DELETE")), "the old page's card goes, not its address");
        String forwarding = get("pl/trzeci-artykul/index.html").asUtf8String();
        assertTrue(forwarding.contains("<meta http-equiv=\"refresh\" content=\"0; url=/pl/trzeci-tekst/\">"), forwarding);
        assertHeaders("pl/trzeci-artykul/index.html", "text/html; charset=utf-8", CachePolicy.REVALIDATE.header());
    }

    @Test
    void dryRunListsThePlanAndWritesNothing() throws Exception {
        assertEquals(0, publish().exitCode());
        server.forgetWrites();
        ProjectFiles.save(project, ARTICLE, s -> s + "\nJeszcze jedno zdanie.\n");
        Files.delete(project.resolve("content/pl/trzeci-artykul.md"));
        CommandRun run = publish("--dry-run");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*upload  changed  pl/drugi-artykul/index\\.html.*"), run.out());
        assertTrue(run.out().contains("delete           pl/trzeci-artykul/index.html"), run.out());
        assertTrue(run.out().contains("Nothing was changed in the bucket."), run.out());
        assertEquals(List.of(), server.writes());
    }

    @Test
    void manyDeletionsNeedConfirmation() throws Exception {
        assertEquals(0, publish().exitCode());
        PublishFixture.setting(project, "site.publish.confirmDeletionsAbove", "0");
        Files.delete(project.resolve("content/pl/trzeci-artykul.md"));
        server.forgetWrites();
        CommandRun refused = publish();
        assertEquals(1, refused.exitCode());
        assertEquals(1, refused.errLines().size(), refused.err());
        // The page, its card and the search files only it needed.
        assertTrue(refused.err().matches("(?s)jbake\\.properties:" + lastLine() + ": this publish would delete \\d+ files \\(more than 0\\).*"), refused.err());
        assertEquals(List.of(), server.writes());

        CommandRun confirmed = publish("--confirm-deletions");
        assertEquals(0, confirmed.exitCode(), confirmed.err());
        assertEquals(Set.of("pl/trzeci-artykul/card.png", "pl/trzeci-artykul/index.html"), withoutSearch(keys(server.writes(), "DELETE")));
    }

    /** The keys that are not search index files. */
    private static Set<String> withoutSearch(Set<String> keys) {
        return keys.stream().filter(k -> !k.matches("[a-z]+/search/.*\\.json")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void missingCredentialsTouchNothing() throws Exception {
        assertEquals(0, publish().exitCode());
        Map<String, String> before = objects();
        server.forgetWrites();
        forgetCredentials();
        System.setProperty("aws.sharedCredentialsFile", temp.resolve("no-credentials").toString());
        System.setProperty("aws.configFile", temp.resolve("no-config").toString());
        ProjectFiles.save(project, ARTICLE, s -> s + "\nZmiana, której nikt nie opublikuje.\n");
        CommandRun tried = publish("--dry-run");
        assertTrue(tried.err().strip().endsWith("then run the same command again"), "a dry run is not told to publish: " + tried.err());
        assertRefused("no credentials for s3://" + bucket + "/", before);
    }

    @Test
    void unreachableEndpointTouchesNothing() throws Exception {
        assertEquals(0, publish().exitCode());
        Map<String, String> before = objects();
        server.forgetWrites();
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        PublishFixture.setting(project, "site.publish.endpoint", "http://127.0.0.1:" + closed);
        assertRefused("jbake.properties:" + lastLine() + ": cannot reach http://127.0.0.1:" + closed + " (", before);
    }

    @Test
    void missingBucketTouchesNothing() throws Exception {
        assertEquals(0, publish().exitCode());
        Map<String, String> before = objects();
        server.forgetWrites();
        PublishFixture.setting(project, "site.publish.bucket", "no-such-bucket");
        assertRefused("jbake.properties:" + lastLine() + ": bucket 'no-such-bucket' does not exist at " + server.endpoint(), before);
    }

    @Test
    void siteThatFailsToBuildIsNotPublished() throws Exception {
        assertEquals(0, publish().exitCode());
        Map<String, String> before = objects();
        server.forgetWrites();
        ProjectFiles.save(project, ARTICLE, s -> s.replace("date=2026-10-10", "date=10.10.2026"));
        ProjectFiles.addEnglishDraft(project);
        CommandRun run = publish();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(ARTICLE + ":2: date '10.10.2026' is not a date in the form yyyy-MM-dd"), run.err());
        assertTrue(run.err().contains("\nAlso 1 warning (warnings alone do not stop a build):\n    content/en/unfinished.md: draft, not published\n"),
                "the warnings under the problem, as ./guide build lists them: " + run.err());
        assertTrue(run.err().contains("Not published: 1 problem; the bucket was not touched."), run.err());
        assertEquals(List.of(), server.writes());
        assertEquals(before, objects());
    }

    @Test
    void badSettingIsReportedAtItsLine() throws Exception {
        PublishFixture.setting(project, "site.publish.region", "EU West");
        CommandRun run = publish();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("jbake.properties:" + lastLine() + ": 'EU West' is not a region"), run.err());
        assertEquals(List.of(), server.writes());
    }

    @Test
    void misspelledSettingIsReportedAtItsLine() throws Exception {
        PublishFixture.setting(project, "site.publish.bukcet", "guide-site");
        CommandRun run = publish();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("jbake.properties:" + lastLine() + ": site.publish.bukcet is not a publish setting: use one of"
                + " site.publish.bucket,"), run.err());
        assertEquals(List.of(), server.writes());
    }

    /** Publishing now fails with one line that starts with {@code start}, and the bucket is as it was. */
    private void assertRefused(String start, Map<String, String> before) throws IOException {
        CommandRun run = publish();
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(1, run.errLines().size(), "one clear line: " + run.err());
        assertTrue(run.err().startsWith(start), run.err());
        assertEquals(List.of(), server.writes(), "nothing written");
        System.setProperty("aws.accessKeyId", S3Server.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3Server.SECRET_KEY);
        assertEquals(before, objects(), "the bucket is as it was");
    }

    private CommandRun publish(String... options) {
        String[] args = Stream.concat(Stream.of("publish", "--project", project.toString()), Stream.of(options)).toArray(String[]::new);
        return CommandRun.of(args);
    }

    private int lastLine() throws IOException {
        return Files.readAllLines(project.resolve("jbake.properties"), StandardCharsets.UTF_8).size();
    }

    /** What a client of the bucket sees: key to ETag. */
    private Map<String, String> objects() {
        try (S3Client client = server.client()) {
            return client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                    .collect(Collectors.toMap(S3Object::key, S3Object::eTag, (a, b) -> a, TreeMap::new));
        }
    }

    private ResponseBytes<GetObjectResponse> get(String key) {
        try (S3Client client = server.client()) {
            return client.getObjectAsBytes(b -> b.bucket(bucket).key(key));
        }
    }

    private void assertHeaders(String key, String contentType, String cacheControl) {
        try (S3Client client = server.client()) {
            HeadObjectResponse head = client.headObject(b -> b.bucket(bucket).key(key));
            // S3Proxy's Jetty writes "text/html;charset=utf-8": the same media type without the space.
            assertEquals(contentType.replace("; ", ";"), head.contentType().replace("; ", ";"), key);
            assertEquals(cacheControl, head.cacheControl(), key);
        }
    }

    private static Set<String> keys(List<S3Server.Write> writes, String method) {
        return writes.stream().filter(w -> w.method().equals(method)).map(S3Server.Write::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String only(Set<String> files, String regex) {
        List<String> matching = files.stream().filter(f -> f.matches(regex)).toList();
        assertEquals(1, matching.size(), regex + " in " + files);
        return matching.get(0);
    }

    static Set<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
