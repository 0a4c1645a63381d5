package guide.browser;

import com.deque.html.axecore.results.Rule;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader's view: the site served by {@code ./guide serve}'s preview server (over a copy of the
 * project, so the live-reload test can edit it), driven in headless Chromium.
 */
class BrowserTest extends PreviewBrowserTest {
    static final String PL_ARTICLE = "/pl/jak-wystawic-fakture/";
    static final String EN_ARTICLE = "/en/how-to-send-an-invoice/";

    static Path project;

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyProject(temp.resolve("project")));
        project = site.project();
    }

    @Test
    void articleReadsAtPhoneAndDesktopWidthAndSwitchesLanguage() throws IOException {
        for (int width : List.of(390, 1280)) {
            chrome.manage().window().setSize(new Dimension(width, 900));
            for (String[] pair : List.of(new String[]{PL_ARTICLE, EN_ARTICLE, "pl"}, new String[]{EN_ARTICLE, PL_ARTICLE, "en"})) {
                chrome.get(base + pair[0]);
                WebElement h1 = chrome.findElement(By.tagName("h1"));
                assertTrue(h1.isDisplayed());
                long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
                long innerWidth = (Long) js("return window.innerWidth");
                assertTrue(scrollWidth <= innerWidth, pair[0] + " overflows at " + width + " px: " + scrollWidth);
                screenshot(pair[2] + "-article-" + width);
                String title = h1.getText();
                chrome.findElement(By.cssSelector("a[data-lang-switch]")).click();
                Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base + pair[1]));
                String translated = chrome.findElement(By.tagName("h1")).getText();
                assertFalse(translated.isBlank());
                assertFalse(translated.equals(title), "the switch must land on the other language's article");
            }
        }
    }

    @Test
    void searchFindsTheArticleInEachLanguage() {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        search("/pl/", "wystawic", PL_ARTICLE); // typed without diacritics: matches "wystawić"
        search("/en/", "invoice paid", EN_ARTICLE);
    }

    private void search(String page, String query, String expected) {
        chrome.get(base + page);
        WebElement toggle = chrome.findElement(By.cssSelector(".search-toggle"));
        toggle.click();
        WebElement input = chrome.findElement(By.id("search-input"));
        assertTrue(input.isDisplayed());
        input.sendKeys(query);
        WebDriverWait wait = Browser.waitUpTo(chrome, Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector("[data-search-results] a")).isEmpty());
        List<String> hrefs = chrome.findElements(By.cssSelector("[data-search-results] a")).stream()
                .map(a -> a.getDomAttribute("href")).collect(Collectors.toList());
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith(expected)), hrefs.toString());
        assertFalse(chrome.findElement(By.cssSelector("[data-search-status]")).getText().isBlank(), "result count is announced");
        input.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOf(input));
    }

    @Test
    void axeFindsNoViolations() {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        for (String page : List.of("/", "/404.html", "/pl/", "/en/", PL_ARTICLE, EN_ARTICLE, "/pl/404.html", "/en/404.html",
                "/pl/o-przewodniku/", "/en/about/")) {
            chrome.get(base + page);
            List<Rule> violations = Accessibility.violations(chrome);
            assertTrue(violations.isEmpty(), page + ": " + violations.stream()
                    .map(v -> v.getId() + " (" + v.getNodes().size() + "): " + v.getHelp() + " " + v.getNodes().get(0).getTarget())
                    .collect(Collectors.joining("; ")));
        }
    }

    /**
     * With one entry per page the test site makes a four-page Polish archive (three articles and the quiz), a
     * three-page English one (two and the quiz): pagination at both widths, axe, the switch.
     */
    @Test
    void archivePagesReadWellAtBothWidthsAndPassAxe() throws Exception {
        Path properties = project.resolve("jbake.properties");
        String original = Files.readString(properties, StandardCharsets.UTF_8);
        ProjectFiles.writeWhole(properties, original + "\nsite.archive.pageSize=1\n");
        try {
            new WebDriverWait(chrome, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200)).until(d -> {
                d.get(base + "/pl/artykuly/2/");
                return !d.findElements(By.cssSelector(".pagination a[aria-current=page]")).isEmpty();
            });
            for (int width : List.of(390, 1280)) {
                chrome.manage().window().setSize(new Dimension(width, 900));
                chrome.get(base + "/pl/artykuly/2/");
                assertEquals("2", chrome.findElement(By.cssSelector(".pagination a[aria-current=page]")).getText());
                assertEquals(1, chrome.findElements(By.cssSelector(".article-list .card")).size());
                assertEquals("pozycja 2 z 4", chrome.findElement(By.cssSelector(".archive-range")).getText().toLowerCase(Locale.ROOT));
                long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
                assertTrue(scrollWidth <= (Long) js("return window.innerWidth"), "archive overflows at " + width + " px");
                screenshot("pl-archive-2-" + width);
            }
            for (String page : List.of("/pl/artykuly/", "/en/articles/2/")) {
                chrome.get(base + page);
                List<Rule> violations = Accessibility.violations(chrome);
                assertTrue(violations.isEmpty(), page + ": " + violations.stream().map(Rule::getId).collect(Collectors.joining(", ")));
            }
            chrome.findElement(By.cssSelector("a[data-lang-switch]")).click();
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base + "/pl/artykuly/2/"));
            chrome.findElement(By.cssSelector(".pagination a[rel=prev]")).click();
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base + "/pl/artykuly/"));
        } finally {
            ProjectFiles.writeWhole(properties, original);
            awaitGone("/pl/artykuly/2/"); // the rebuild's live reload must not land in the next test's page
        }
    }

    /** Waits until the preview no longer serves a page (its rebuild is done), then leaves the page. */
    private static void awaitGone(String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            assertTrue(System.nanoTime() < until, path + " still served 20 s after the setting was restored");
            Thread.sleep(100);
        }
        chrome.get("about:blank");
    }

    @Test
    void unknownAddressShowsThe404PageOfThatLanguage() {
        chrome.get(base + "/en/no-such-page/");
        assertEquals("en", chrome.findElement(By.tagName("html")).getDomAttribute("lang"));
        chrome.get(base + "/pl/nie-ma/");
        assertEquals("pl", chrome.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(chrome.findElement(By.tagName("h1")).isDisplayed());
        // Outside the languages' folders the address tells no language: the page says it in both, with both homes.
        for (String nowhere : List.of("/no-such-page/", "/de/seite/")) {
            chrome.get(base + nowhere);
            assertEquals(List.of("pl: Nie ma takiej strony", "en: Page not found"), chrome.findElements(By.cssSelector("h1 [lang]")).stream()
                    .map(e -> e.getDomAttribute("lang") + ": " + e.getText()).toList(), nowhere);
            assertEquals(List.of("/pl/", "/en/"), chrome.findElements(By.cssSelector("main a")).stream().map(a -> a.getDomAttribute("href")).toList());
        }
    }

    @Test
    void previewReloadsOnEditAndShowsProblemsOfABadEdit() throws Exception {
        chrome.get(base + "/en/about/");
        Path about = project.resolve("content/en/about.md");
        String original = Files.readString(about, StandardCharsets.UTF_8);
        try {
            ProjectFiles.writeWhole(about, original.replaceFirst("(?m)^title=.*$", "title=About this guide, edited live"));
            // The page reloads under the test: an element found just before may be gone when read.
            Browser.waitUpTo(chrome, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("h1")).getText().equals("About this guide, edited live"));

            ProjectFiles.writeWhole(about, original.replaceFirst("(?m)^date=.*$", "date=yesterday"));
            String problems = Browser.waitUpTo(chrome, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("guide-build-problems")).getText());
            assertTrue(problems.startsWith("Build failed (1); showing the last good build:"), problems);
            assertTrue(problems.contains("content/en/about.md:"), problems);
            assertTrue(problems.contains("date 'yesterday' is not a date in the form yyyy-MM-dd"), problems);
            chrome.navigate().refresh();
            assertEquals("About this guide, edited live", chrome.findElement(By.tagName("h1")).getText(), "the last good build is still served");
        } finally {
            ProjectFiles.writeWhole(about, original);
        }
    }

    /**
     * A page whose live connection opens only after the next build (a slow machine, a busy browser)
     * still reloads: the connection's first message names a build the page was not served from.
     * The browser is made late on purpose: every new page's EventSource waits for a flag the test
     * sets once the preview has built the edit.
     */
    @Test
    void aPageWhoseLiveConnectionOpensAfterTheNextBuildStillReloads() throws Exception {
        Path about = project.resolve("content/en/about.md");
        String original = Files.readString(about, StandardCharsets.UTF_8);
        Object script = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const RealEventSource = window.EventSource;
                window.EventSource = class extends EventTarget {
                  constructor(url) {
                    super();
                    const open = () => {
                      if (!window.guideOnline) { setTimeout(open, 50); return; }
                      new RealEventSource(url).addEventListener('state', (e) => this.dispatchEvent(new MessageEvent('state', {data: e.data})));
                    };
                    open();
                  }
                };"""));
        try {
            chrome.get(base + "/en/about/");
            ProjectFiles.writeWhole(about, original.replaceFirst("(?m)^title=.*$", "title=About this guide, rebuilt while the page waited"));
            awaitServed("/en/about/", "rebuilt while the page waited");
            assertFalse(chrome.findElement(By.tagName("h1")).getText().contains("rebuilt"), "the page was opened before the build");
            js("window.guideOnline = true");
            Browser.waitUpTo(chrome, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("h1")).getText().equals("About this guide, rebuilt while the page waited"));
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", ((Map<?, ?>) script).get("identifier")));
            chrome.get("about:blank");
            ProjectFiles.writeWhole(about, original);
            awaitServed("/en/about/", original.lines().filter(l -> l.startsWith("title=")).findFirst().orElseThrow().substring(6));
        }
    }

    /** Polls the preview (not the browser) until the page holds the text. */
    private static void awaitServed(String path, String text) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body().contains(text)) {
            assertTrue(System.nanoTime() < until, path + " does not show '" + text + "' 20 s after the edit");
            Thread.sleep(100);
        }
    }



}
