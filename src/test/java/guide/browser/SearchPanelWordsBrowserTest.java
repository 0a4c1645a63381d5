package guide.browser;

import guide.site.ProjectFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the search panel says comes with its language's index (meta.json), not on every page: a page carries none of it,
 * and the panel still speaks the page's language, Polish on a Polish page and English on an English one; a status waits for
 * the words rather than showing another language's or none; and in the preview an edit of templates/i18n/en.yaml reaches
 * the reader after a reload. On the search fixture (SearchBrowserTest).
 */
class SearchPanelWordsBrowserTest extends PreviewBrowserTest {
    private static final String PISZ_DALEJ = "Pisz dalej: wyszukiwarka pomija pojedyncze litery i częste słowa, takie jak \u201ei\u201d czy \u201ena\u201d.";

    @BeforeAll
    static void serve() throws Exception {
        browse(SearchBrowserTest.copyFixture(temp.resolve("project")));
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aPageCarriesNoneOfThePanelsWords() throws IOException {
        for (String page : List.of("pl/index.html", "en/index.html", "pl/faktury-i-zaliczki/index.html")) {
            String html = Files.readString(site.project().resolve("target/site").resolve(page), StandardCharsets.UTF_8);
            assertFalse(html.contains("Pisz dalej") || html.contains("Keep typing") || html.contains("Brak wyników") || html.contains("No results"), page);
            assertEquals(List.of("class", "data-search", "data-locale", "data-index", "hidden"),
                    Jsoup.parse(html).selectFirst("[data-search]").attributes().asList().stream().map(Attribute::getKey).toList(), page);
        }
    }

    @Test
    void aPolishPageSaysItInPolishAndAnEnglishPageInEnglish() throws IOException {
        chrome.manage().window().setSize(new Dimension(390, 900));
        WebElement input = openSearch("/pl/");
        assertEquals(PISZ_DALEJ, statusAfter(input, "a"));
        assertEquals(SearchBrowserTest.BRAK_WYNIKOW, statusAfter(input, "xqzwv"));
        String count = statusAfter(input, "faktury");
        assertTrue(count.matches("\\d+ wynik(i|ów)?"), count);
        screenshot("pl-search-panel-words-390");

        chrome.manage().window().setSize(new Dimension(1280, 900));
        input = openSearch("/en/");
        assertEquals(SearchBrowserTest.KEEP_TYPING, statusAfter(input, "a"));
        assertEquals(SearchBrowserTest.NO_RESULTS, statusAfter(input, "xqzwv"));
        count = statusAfter(input, "invoices");
        assertTrue(count.matches("\\d+ results?"), count);
        dark("en-search-panel-words-1280-dark");
    }

    /** Typed before meta.json has come: nothing is said until it has, then the page's language's words, not a blank. */
    @Test
    void aStatusTypedBeforeTheWordsHaveComeWaitsForThem() {
        chrome.get(base + "/pl/");
        js("const f = window.fetch; window.releaseMeta = null;"
                + "const gate = new Promise((r) => { window.releaseMeta = r; });"
                + "window.fetch = (u, o) => String(u).endsWith('meta.json') ? gate.then(() => f(u, o)) : f(u, o);");
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        WebElement input = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
        input.sendKeys("a");
        WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
        sleep(500);
        assertEquals("", status.getText(), "nothing said before the words have come");
        js("window.releaseMeta()");
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).withMessage("a status once meta.json has come").until(d -> !status.getText().isBlank());
        assertEquals(PISZ_DALEJ, normal(status.getText()));
    }

    /**
     * Offline (or a server fault), the index cannot load: the panel said nothing at all, and a reader could not tell whether
     * search was working. It shows the way on that needs no index, the link to the list of every article, in the page's words.
     */
    @Test
    void whenTheIndexCannotLoadTheListOfEveryArticleIsOffered() {
        chrome.get(base + "/pl/");
        js("const f = window.fetch; window.fetch = (u, o) => String(u).endsWith('meta.json') ? Promise.reject(new TypeError('offline')) : f(u, o);");
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        WebElement input = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
        input.sendKeys("faktury");
        WebElement next = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).withMessage("the link to every article, shown when the index cannot load")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-search-next] a")));
        assertEquals("Zobacz wszystkie artykuły i testy", next.getText().replace('\u00a0', ' '));
        assertTrue(next.getAttribute("href").endsWith("/pl/artykuly/"), next.getAttribute("href"));
        assertEquals("", chrome.findElement(By.cssSelector("[data-search-status]")).getText());
    }

    /**
     * The preview: a reader with the English search open edits en.yaml; once the preview has rebuilt and reloaded the page, the
     * panel says the new words. The page has fetched meta.json before the edit, so the reload must fetch it anew: not from the
     * browser's cache (the preview serves every file uncacheable) nor from anything the panel kept.
     */
    @Test
    void anEditOfTheWordsReachesTheReaderAfterAReload() throws IOException {
        Path en = site.project().resolve("templates/i18n/en.yaml");
        String original = Files.readString(en, StandardCharsets.UTF_8);
        Path meta = site.project().resolve("target/site/en/search/meta.json");
        String edited = "Nothing found for these words.";
        assertEquals(SearchBrowserTest.NO_RESULTS, statusAfter(openSearch("/en/"), "xqzwv"), "the words before the edit, meta.json fetched");
        js("window.openBeforeTheEdit = true");
        try {
            ProjectFiles.writeWhole(en, original.replace("searchNoResults: " + SearchBrowserTest.NO_RESULTS, "searchNoResults: " + edited));
            new WebDriverWait(chrome, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200)).ignoring(WebDriverException.class)
                    .withMessage("the preview rebuilds and reloads the open page").until(d -> read(meta).contains(edited)
                            && Boolean.TRUE.equals(js("return window.openBeforeTheEdit !== true && document.readyState === 'complete'")));
            assertEquals(edited, statusAfter(openPanel(), "xqzwv"), "the reloaded page's panel");
        } finally {
            ProjectFiles.writeWhole(en, original);
            new WebDriverWait(chrome, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200)).until(d -> !read(meta).contains(edited));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static WebElement openSearch(String page) {
        chrome.get(base + page);
        return openPanel();
    }

    /** Opens the search panel of the page the browser shows. */
    private static WebElement openPanel() {
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".search-toggle"))).click();
        return Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
    }

    /** The status once the query typed into the emptied field has been searched (it changes from blank). */
    private static String statusAfter(WebElement input, String query) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> status.getText().isBlank());
        input.sendKeys(query);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
        return normal(status.getText());
    }

    private static String normal(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
