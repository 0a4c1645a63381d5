package guide.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the built test site passes the W3C Nu HTML Checker (vnu), the validator behind
 * validator.w3.org/nu: the pages the real templates make, of every kind, in both languages. An error
 * fails the test with the page, line, column and the checker's own message; warnings are listed on
 * the test's output and do not fail it.
 */
class HtmlValidityTest {
    /** One page of each kind the templates make, in both languages: the test fails if one goes unchecked. */
    static final List<String> EVERY_KIND = List.of(
            "index.html", "404.html",
            "pl/index.html", "en/index.html",
            "pl/jak-wystawic-fakture/index.html", "en/how-to-send-an-invoice/index.html",
            "pl/test-klienta/index.html", "en/client-quiz/index.html",
            "pl/artykuly/index.html", "en/articles/index.html",
            "pl/o-przewodniku/index.html", "en/about/index.html",
            "pl/404.html", "en/404.html");
    static Path site;
    static final Map<String, String> pages = new TreeMap<>();

    @BeforeAll
    static void readTheBuiltSite() throws IOException {
        site = ProjectFixture.builtSite();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".html"))::iterator) {
                pages.put(site.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void everyPageOfTheTestSiteIsValidHtml() {
        assertTrue(pages.keySet().containsAll(EVERY_KIND), "pages of some kind were not built: " + pages.keySet());
        List<HtmlChecker.Message> errors = new ArrayList<>();
        List<HtmlChecker.Message> warnings = new ArrayList<>();
        List<HtmlChecker.Message> known = new ArrayList<>();
        long start = System.nanoTime();
        HtmlChecker checker = HtmlChecker.shared();
        long started = System.nanoTime();
        pages.forEach((path, html) -> {
            HtmlChecker.Report report = checker.check(path, address(path), html);
            errors.addAll(report.errors());
            warnings.addAll(report.warnings());
            known.addAll(report.known());
        });
        System.out.printf("HtmlValidityTest: the Nu HTML Checker started in %d ms and checked %d pages in %d ms: %d errors, %d warnings"
                        + " (and %d where the checker is known to be wrong: HtmlChecker.KNOWN_WARNINGS)%n",
                (started - start) / 1_000_000, pages.size(), (System.nanoTime() - started) / 1_000_000, errors.size(), warnings.size(), known.size());
        warnings.forEach(w -> System.out.println("  warning: " + w));
        assertEquals("", lines(errors), "the Nu HTML Checker's errors, page:line:column (pages in " + site + ")");
    }

    /** The test itself: a page with errors fails it, each error with its page, line and the checker's words. */
    @Test
    void anInvalidPageIsReportedWithItsLineAndTheCheckersMessage() {
        String page = """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Broken</title></head>
                <body>
                <p id="a">One</p><p id="a">Two</p>
                <ul><div>not a list item</div></ul>
                </body>
                </html>
                """;
        HtmlChecker.Report report = HtmlChecker.shared().check("en/broken.html", "https://guide.test/en/broken.html", page);
        String reported = lines(report.errors());
        assertTrue(reported.contains("en/broken.html:5:"), reported);
        assertTrue(reported.contains("Duplicate ID “a”"), reported);
        assertTrue(reported.contains("en/broken.html:6:"), reported);
        assertTrue(reported.contains("Element “div” not allowed as child of element “ul”"), reported);
    }

    /** The allowlist is for the markup it names: the same words about a script that would run still count. */
    @Test
    void aKnownWarningCountsOnlyForTheMarkupItIsKnownFor() {
        String page = """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><title>Scripts</title>
                <script type="application/ld+json">{"@context":"https://schema.org"}</script>
                <script>document.title = "ran";</script>
                </head>
                <body><p>A page with structured data and an inline script.</p></body>
                </html>
                """;
        HtmlChecker.Report report = HtmlChecker.shared().check("en/scripts.html", "https://guide.test/en/scripts.html", page);
        assertEquals(List.of(4), report.known().stream().map(HtmlChecker.Message::line).toList(), "the JSON-LD block: " + report);
        assertEquals(List.of(5), report.warnings().stream().map(HtmlChecker.Message::line).toList(), "the inline script: " + report);
    }

    /**
     * The checker works whatever stack the calling thread has: PIT's minions, which compile with C1 only, overflowed the
     * default 1 MB stack reading the HTML schema, and every test here failed before checking a page. A thread of 128 KB
     * stands for them.
     */
    @Test
    void theCheckerStartsAndChecksFromAThreadWithASmallStack() throws InterruptedException {
        String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body><ul><div>x</div></ul></body></html>";
        List<Object> outcome = new ArrayList<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.add(lines(HtmlChecker.start().check("en/small.html", "https://guide.test/en/small.html", page).errors()));
            } catch (Throwable t) {
                outcome.add(t);
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        String reported = String.valueOf(outcome.get(0));
        assertTrue(reported.startsWith("en/small.html:1:") && reported.contains("Element “div” not allowed as child of element “ul”"), reported);
    }

    /** The page's public address: what the checker resolves its links and 'self' against. */
    static String address(String path) {
        return "https://guide.test/" + (path.endsWith("/index.html") || path.equals("index.html")
                ? path.substring(0, path.length() - "index.html".length()) : path);
    }

    static String lines(List<HtmlChecker.Message> messages) {
        return messages.stream().map(m -> m + "\n").collect(Collectors.joining());
    }
}
