package guide.publish;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nginx snippet the build writes beside the site, in a real nginx (Debian's nginx-light, which
 * CI installs): headers, cache policy, types and the per-language not-found pages as a client gets them.
 */
class NginxConfigTest {
    @TempDir
    static Path prefix;
    static Process nginx;
    static String base;
    static String modernBase;
    static String tlsBase;
    static HttpClient tlsClient;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startNginx() throws Exception {
        File binary = new File(System.getProperty("guide.nginx", "/usr/sbin/nginx"));
        if (!binary.canExecute()) {
            throw new IllegalStateException("the nginx test needs Debian's nginx: apt-get install -y nginx-light");
        }
        Path site = ProjectFixture.builtSite();
        int port;
        int modernPort;
        int tlsPort;
        try (ServerSocket socket = new ServerSocket(0); ServerSocket other = new ServerSocket(0); ServerSocket tls = new ServerSocket(0)) {
            port = socket.getLocalPort();
            modernPort = other.getLocalPort();
            tlsPort = tls.getLocalPort();
        }
        TestCertificate certificate = TestCertificate.in(prefix);
        StringBuilder conf = new StringBuilder();
        conf.append("daemon off;\nmaster_process off;\npid ").append(prefix.resolve("nginx.pid")).append(";\nerror_log ")
                .append(prefix.resolve("error.log")).append(";\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n");
        for (String temp : new String[]{"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
            conf.append("  ").append(temp).append("_temp_path ").append(prefix.resolve(temp)).append(";\n");
        }
        // One server over plain HTTP and HTTPS, as an operator might write it.
        conf.append("  server {\n    listen 127.0.0.1:").append(port).append(";\n    listen 127.0.0.1:").append(tlsPort)
                .append(" ssl;\n    ssl_certificate ").append(certificate.certificate()).append(";\n    ssl_certificate_key ")
                .append(certificate.key()).append(";\n    root ").append(site).append(";\n    include ")
                .append(HostFiles.nginxFile(site)).append(";\n  }\n");
        // Newer mime.types (and many hand-written ones) give scripts text/javascript, as RFC 9239 says.
        conf.append("  server {\n    listen 127.0.0.1:").append(modernPort).append(";\n    types { text/html html; text/javascript js mjs; }\n")
                .append("    root ").append(site).append(";\n    include ").append(HostFiles.nginxFile(site)).append(";\n  }\n}\n");
        Files.writeString(prefix.resolve("nginx.conf"), conf, StandardCharsets.UTF_8);
        nginx = new ProcessBuilder(binary.toString(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("out.log").toFile()).start();
        base = "http://127.0.0.1:" + port;
        modernBase = "http://127.0.0.1:" + modernPort;
        tlsBase = "https://127.0.0.1:" + tlsPort;
        tlsClient = HttpClient.newBuilder().sslContext(certificate.client()).connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 100; i++) {
            try {
                get("/");
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("out.log")));
    }

    @AfterAll
    static void stopNginx() {
        if (nginx != null) {
            nginx.destroy();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void scriptsAreTextJavascriptInUtf8WhicheverTypesTheServerHas() throws Exception {
        Matcher js = Pattern.compile("src=\"(/js/[a-z-]+\\.[0-9a-f]{8}\\.js)\"").matcher(get("/pl/").body());
        assertTrue(js.find(), "the page loads a hashed script");
        assertEquals("text/javascript; charset=utf-8", header(get(js.group(1)), "Content-Type"),
                "RFC 9239, as the README says, also where Debian's mime.types says application/javascript");
        HttpResponse<String> modern = HTTP.send(HttpRequest.newBuilder(URI.create(modernBase + js.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("text/javascript; charset=utf-8", header(modern, "Content-Type"), "mime.types that say text/javascript");
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void pagesAndNotFoundPagesCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[]{"/pl/", "/en/", "/pl/no-such-page/", "/favicon.svg"}) {
            HttpResponse<String> r = get(path);
            assertEquals(SecurityHeaders.HEADER_POLICY, header(r, "Content-Security-Policy"), path);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
            assertEquals(CachePolicy.REVALIDATE.header(), header(r, "Cache-Control"), path);
        }
        assertEquals("text/html; charset=utf-8", header(get("/pl/"), "Content-Type"));
    }

    /** Browsers ignore HSTS over plain HTTP (RFC 6797 §8.1): a header there only shows that no one thought. */
    @Test
    void hstsIsSentOverHttpsAndFromAProxyThatEndedTls() throws Exception {
        for (String path : new String[]{"/pl/", "/pl/no-such-page/", "/pl/feed.xml", "/pl/o-przewodniku"}) {
            HttpResponse<String> secure = tlsClient.send(HttpRequest.newBuilder(URI.create(tlsBase + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(SecurityHeaders.HSTS, header(secure, "Strict-Transport-Security"), "https " + path);
            assertEquals(null, header(get(path), "Strict-Transport-Security"), "http " + path);
            HttpResponse<String> proxied = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-Proto", "https").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(SecurityHeaders.HSTS, header(proxied, "Strict-Transport-Security"), "behind a proxy that ended TLS: " + path);
        }
    }

    @Test
    void eachLanguageHasItsNotFoundPage() throws Exception {
        HttpResponse<String> pl = get("/pl/no-such-page/");
        assertEquals(404, pl.statusCode());
        assertTrue(pl.body().contains("<html lang=\"pl\"") && pl.body().contains("<h1>Nie ma takiej strony</h1>"), pl.body());
        HttpResponse<String> en = get("/en/no-such-page/");
        assertEquals(404, en.statusCode());
        assertTrue(en.body().contains("<html lang=\"en\"") && en.body().contains("<h1>Page not found</h1>"), en.body());
        for (String nowhere : List.of("/nowhere", "/de/no-such-page/", "/404")) {
            HttpResponse<String> root = get(nowhere);
            assertEquals(404, root.statusCode(), nowhere);
            assertTrue(root.body().contains("<span lang=\"pl\">Nie ma takiej strony</span>") && root.body().contains("<span lang=\"en\">Page not found</span>")
                    && root.body().contains("href=\"/pl/\"") && root.body().contains("href=\"/en/\""), nowhere + ", outside the languages: both, with both homes");
        }
    }

    @Test
    void theRulesOfOtherHostsAreNotFoundLikeAnyMissingFile() throws Exception {
        for (String rules : List.of("/_headers", "/_redirects")) {
            HttpResponse<String> r = get(rules);
            assertEquals(404, r.statusCode(), rules + " is not served");
            assertEquals(SecurityHeaders.HEADER_POLICY, header(r, "Content-Security-Policy"), rules + ": the headers of every answer");
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), rules);
            assertEquals(CachePolicy.REVALIDATE.header(), header(r, "Cache-Control"), rules);
            assertTrue(r.body().contains("<span lang=\"en\">Page not found</span>"), rules + ": the root not-found page, not nginx's own\n" + r.body());
        }
    }

    @Test
    void fingerprintedAssetsAreImmutableAndFeedsAreAtom() throws Exception {
        String page = get("/pl/").body();
        Matcher css = Pattern.compile("href=\"(/css/site\\.[0-9a-f]{8}\\.css)\"").matcher(page);
        assertTrue(css.find(), "the page links the hashed style sheet");
        HttpResponse<String> sheet = get(css.group(1));
        assertEquals(200, sheet.statusCode());
        assertEquals(CachePolicy.IMMUTABLE.header(), header(sheet, "Cache-Control"));
        assertEquals("text/css; charset=utf-8", header(sheet, "Content-Type"));
        assertEquals(SecurityHeaders.HEADER_POLICY, header(sheet, "Content-Security-Policy"));
        HttpResponse<String> feed = get("/pl/feed.xml");
        assertEquals("application/atom+xml; charset=utf-8", header(feed, "Content-Type"));
        assertEquals(CachePolicy.REVALIDATE.header(), header(feed, "Cache-Control"));
    }

    @Test
    void aMissingHashedFileIsNotFoundAndNotCachedForAYear() throws Exception {
        for (String missing : List.of("/css/site.00000000.css", "/js/search.00000000.js")) {
            HttpResponse<String> r = get(missing);
            assertEquals(404, r.statusCode(), missing);
            assertEquals(CachePolicy.REVALIDATE.header(), header(r, "Cache-Control"), missing + ": a 404 kept as immutable would outlive the upload");
            assertTrue(r.body().contains("<span lang=\"en\">Page not found</span>"), missing + ": the root not-found page");
        }
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedByPathAlone() throws Exception {
        HttpResponse<String> r = get("/pl/o-przewodniku");
        assertEquals(301, r.statusCode());
        assertEquals("/pl/o-przewodniku/", header(r, "Location"), "behind a proxy that ends TLS, http://host:port/ would be wrong");
    }

    @Test
    void textIsCompressedAndTheSitemapIsApplicationXml() throws Exception {
        Matcher css = Pattern.compile("href=\"(/css/site\\.[0-9a-f]{8}\\.css)\"").matcher(get("/pl/").body());
        assertTrue(css.find());
        for (String path : List.of(css.group(1), "/pl/", "/pl/feed.xml", "/sitemap.xml")) {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path);
            assertEquals("gzip", header(r, "Content-Encoding"), path);
            assertEquals("Accept-Encoding", header(r, "Vary"), path + ": caches keep the two forms apart");
        }
        assertEquals("application/xml; charset=utf-8", header(get("/sitemap.xml"), "Content-Type"), "as ContentTypes says, not mime.types' text/xml");
    }
}
