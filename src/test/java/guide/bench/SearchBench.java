package guide.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The search part of the benchmark: each language's index on disk (files, bytes, gzip bytes), and
 * sample queries typed into the real search panel in headless Chromium on Lighthouse's mobile
 * profile (150 ms round trip, 1.6 Mbit/s down, CPU slowed 4 times), over a local server that
 * gzips as a static host does: the bytes the browser fetched for each query (compressed, as
 * transferred) and the time from the last keystroke to the results.
 */
final class SearchBench {
    static final Map<String, List<String>> QUERIES = Map.of(
            "pl", List.of("faktury", "zaliczka", "terminu płatności", "zakres poprawek", "klientom"),
            "en", List.of("invoices", "deposit", "payment deadline", "revision rounds", "clients"));
    private static final Pattern SEARCH_PHASE = Pattern.compile("search index\\s+(\\d+) ms");
    private static final int KEY_GAP_MS = 120;

    /** One language's index on disk. */
    record IndexSize(int n, String lang, long files, long bytes, long gzipBytes) {
    }

    /** One query: files and bytes fetched for it (gzip, as transferred; and raw), and the last keystroke to results. */
    record Query(int n, String lang, String query, int files, long gzipBytes, long rawBytes, double msToResults, int results) {
    }

    private SearchBench() {
    }

    static List<IndexSize> sizes(int n, Path site) throws IOException {
        List<IndexSize> sizes = new ArrayList<>();
        for (String lang : List.of("pl", "en")) {
            long files = 0;
            long bytes = 0;
            long gzip = 0;
            try (Stream<Path> walk = Files.walk(site.resolve(lang + "/search"))) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    byte[] content = Files.readAllBytes(p);
                    files++;
                    bytes += content.length;
                    gzip += gzip(content).length;
                }
            }
            sizes.add(new IndexSize(n, lang, files, bytes, gzip));
        }
        return sizes;
    }

    /** The "search index" phase of a build run with -Dguide.timings=true, in ms; -1 if it did not print one. */
    static long indexingMs(String stderr) {
        Matcher m = SEARCH_PHASE.matcher(stderr);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static List<Query> queries(int n, Path site) throws Exception {
        HttpServer server = serve(site);
        ChromeDriver chrome = chrome();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                    "downloadThroughput", 1.6 * 1024 * 1024 / 8, "uploadThroughput", 750 * 1024 / 8));
            chrome.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            List<Query> out = new ArrayList<>();
            for (String lang : List.of("pl", "en")) {
                for (String q : QUERIES.get(lang)) {
                    out.add(query(chrome, base, n, lang, q));
                }
            }
            return out;
        } finally {
            chrome.quit();
            server.stop(0);
        }
    }

    @SuppressWarnings("unchecked")
    private static Query query(ChromeDriver chrome, String base, int n, String lang, String q) throws InterruptedException {
        chrome.get(base + "/" + lang + "/");
        JavascriptExecutor js = chrome;
        js.executeScript("performance.clearResourceTimings(); window.__lastKey = 0; window.__shown = [];"
                + "new MutationObserver(() => window.__shown.push(performance.now()))"
                + ".observe(document.querySelector('[data-search-results]'), {childList: true});"
                + "document.getElementById('search-input').addEventListener('input', () => window.__lastKey = performance.now());");
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        WebElement input = new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> {
            WebElement i = d.findElement(By.id("search-input"));
            return i.isDisplayed() ? i : null;
        });
        Thread.sleep(1500); // the reader reads the field's label before typing; meta.json arrives meanwhile
        for (char c : q.toCharArray()) {
            input.sendKeys(String.valueOf(c));
            Thread.sleep(KEY_GAP_MS);
        }
        Thread.sleep(4000); // let every fetch and the last rendering finish
        double lastKey = ((Number) js.executeScript("return window.__lastKey")).doubleValue();
        List<Number> shown = (List<Number>) js.executeScript("return window.__shown");
        double firstAfter = shown.stream().mapToDouble(Number::doubleValue).filter(t -> t >= lastKey).min().orElse(Double.NaN);
        List<Map<String, Object>> entries = (List<Map<String, Object>>) js.executeScript(
                "return performance.getEntriesByType('resource').filter(e => /\\/search\\/|search-panel|search-engine/.test(e.name))"
                        + ".map(e => ({name: e.name, enc: e.encodedBodySize, dec: e.decodedBodySize}))");
        long gz = entries.stream().mapToLong(e -> ((Number) e.get("enc")).longValue()).sum();
        long raw = entries.stream().mapToLong(e -> ((Number) e.get("dec")).longValue()).sum();
        int results = chrome.findElements(By.cssSelector("[data-search-results] > li")).size();
        return new Query(n, lang, q, entries.size(), gz, raw, firstAfter - lastKey, results);
    }

    static void print(List<IndexSize> sizes, Map<Integer, Long> indexingMs, List<Query> queries) {
        System.out.println();
        System.out.println("Search index per language (files under /<lang>/search/; gzip = each file gzipped, summed), and the build's");
        System.out.println("\"search index\" phase (analysis, index files, writing; from one more cold build with -Dguide.timings=true):");
        System.out.println();
        System.out.println("| N per lang | lang | files | MB | MB gzip | indexing in the build, s (both languages) |");
        System.out.println("|---:|---|---:|---:|---:|---:|");
        for (IndexSize s : sizes) {
            long ms = indexingMs.getOrDefault(s.n(), -1L);
            System.out.printf(Locale.ROOT, "| %d | %s | %d | %.1f | %.1f | %s |%n", s.n(), s.lang(), s.files(), s.bytes() / 1e6,
                    s.gzipBytes() / 1e6, ms < 0 ? "–" : String.format(Locale.ROOT, "%.2f", ms / 1000.0));
        }
        System.out.println();
        System.out.println("Sample queries typed into the search panel (" + KEY_GAP_MS + " ms between keys) in headless Chromium on Lighthouse's");
        System.out.println("mobile profile (150 ms RTT, 1.6 Mbit/s, 4x CPU slowdown), HTTP cache off; what the search fetched for the");
        System.out.println("query (its scripts, index files and result pages), as transferred with gzip, and the time from the last");
        System.out.println("keystroke to the results on screen:");
        System.out.println();
        System.out.println("| N per lang | lang | query | files | KB transferred (gzip) | KB raw | last key to results, ms | results |");
        System.out.println("|---:|---|---|---:|---:|---:|---:|---:|");
        for (Query q : queries) {
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %d | %.1f | %.1f | %s | %d |%n", q.n(), q.lang(), q.query(), q.files(),
                    q.gzipBytes() / 1024.0, q.rawBytes() / 1024.0, Double.isNaN(q.msToResults()) ? "–" : String.format(Locale.ROOT, "%.0f", q.msToResults()),
                    q.results());
        }
    }

    // ------------------------------------------------------------------ a static host, with gzip

    private static HttpServer serve(Path site) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                respond(exchange, site);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "search-bench-server");
            t.setDaemon(true); // so the benchmark's JVM can end when it is done
            return t;
        }));
        server.start();
        return server;
    }

    private static void respond(HttpExchange exchange, Path site) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = site.resolve(path.substring(1)).normalize();
        if (path.endsWith("/")) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript"
                : name.endsWith(".json") ? "application/json" : name.endsWith(".css") ? "text/css" : name.endsWith(".svg") ? "image/svg+xml"
                : "application/octet-stream";
        exchange.getResponseHeaders().set("Content-Type", type);
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept != null && accept.contains("gzip") && !type.startsWith("application/octet")) {
            body = gzip(body);
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }

    private static ChromeDriver chrome() {
        File binary = new File(System.getProperty("guide.chromium", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("guide.chromedriver", "/usr/bin/chromedriver"));
        if (!binary.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("the search benchmark needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=412,823");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
