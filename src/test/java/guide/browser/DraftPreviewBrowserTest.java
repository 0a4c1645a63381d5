package guide.browser;

import guide.build.SiteBuilder;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor who writes {@code status=draft} and runs {@code ./guide serve} sees the draft at its own address, under a bar
 * in the page's language that says it is not published, as {@code hugo server -D} shows drafts; the browser's warnings
 * panel says where. No file of the site names it, neither the preview's output nor a {@code ./guide build}'s after it,
 * which {@code ./guide publish} would upload.
 */
class DraftPreviewBrowserTest extends PreviewBrowserTest {
    /** An English draft, the translation of a published Polish article, with the tags of a published English one. */
    private static final String ENGLISH = "/en/deposit-or-advance/";
    private static final String ENGLISH_TITLE = "Deposit or advance payment, drafted";
    private static final String POLISH = "/pl/odsetki-za-zwloke-szkic/";
    private static final String POLISH_TITLE = "Odsetki za zwłokę, szkic";

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        write(project.resolve("content/en/deposit-or-advance.md"), "title=" + ENGLISH_TITLE + "\ndate=2026-12-01\ntype=post\nstatus=draft\n"
                + "translationKey=advance\nauthor=redakcja\nsummary=Two kinds of prepayment.\ntags=invoices,money\n~~~~~~\n\n"
                + "A prepayment protects you from a client who vanishes.\n\n## The difference {#difference}\n\nText to come.\n");
        write(project.resolve("content/pl/odsetki-za-zwloke-szkic.md"), "title=" + POLISH_TITLE + "\ndate=2026-12-02\ntype=post\nstatus=draft\n"
                + "translationKey=late-interest\nauthor=redakcja\nsummary=Szkic artykułu.\ntags=pieniądze\n~~~~~~\n\nPierwszy akapit szkicu.\n");
        browse(project);
    }

    @Test
    void aDraftIsShownAtItsAddressUnderABarInItsLanguageAndIsNoindex() throws Exception {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        chrome.get(base + ENGLISH);
        assertEquals(ENGLISH_TITLE, chrome.findElement(By.tagName("h1")).getText());
        assertTrue(chrome.findElement(By.tagName("main")).getText().contains("A prepayment protects you from a client who vanishes."));
        WebElement bar = chrome.findElement(By.className("draft-notice"));
        assertEquals("Draft: this page is not published", bar.getText());
        assertTrue(bar.isDisplayed());
        assertTrue(bar.getRect().getY() < chrome.findElement(By.cssSelector(".site-header")).getRect().getY(), "the bar is above the header");
        assertEquals("noindex", chrome.findElement(By.cssSelector("meta[name=robots]")).getDomAttribute("content"));
        assertTrue(chrome.findElements(By.cssSelector("link[rel=canonical], link[hreflang], meta[name=guide-search]")).isEmpty(),
                "a draft asks no search engine and no site search to index it");
        String panel = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("guide-build-warnings")).isEmpty() ? null : d.findElement(By.id("guide-build-warnings")).getText());
        assertTrue(panel.contains("content/en/deposit-or-advance.md: draft, not published; preview it at " + base + ENGLISH), panel);
        for (int width : List.of(390, 1280)) {
            chrome.manage().window().setSize(new Dimension(width, 900));
            screenshot("draft-preview-" + width);
            dark("draft-preview-dark-" + width);
        }

        chrome.manage().window().setSize(new Dimension(1280, 900));
        chrome.get(base + POLISH.substring(0, POLISH.length() - 1));
        assertEquals(base + POLISH, chrome.getCurrentUrl(), "the address without its final slash leads to the draft");
        assertEquals(POLISH_TITLE, chrome.findElement(By.tagName("h1")).getText());
        assertEquals("Szkic: strona nie jest opublikowana", chrome.findElement(By.className("draft-notice")).getText());
    }

    @Test
    void noFileOfTheSiteNamesADraftNeitherThePreviewsNorABuildsAfterIt() throws Exception {
        Path output = site.project().resolve("target/site");
        assertNoDraftIn(output, "the preview's output");
        chrome.get(base + "/pl/zaliczka-czy-zadatek/");
        assertTrue(chrome.findElements(By.cssSelector("link[hreflang=en]")).isEmpty(), "the Polish original names no English version");
        chrome.get(base + "/en/");
        assertTrue(chrome.findElements(By.cssSelector("a[href*='deposit-or-advance']")).isEmpty(), "the home page does not list the draft");

        new SiteBuilder(site.project()).build(output);
        assertNoDraftIn(output, "./guide build's output after the preview");
        chrome.get(base + ENGLISH);
        assertEquals(ENGLISH_TITLE, chrome.findElement(By.tagName("h1")).getText(), "the preview still shows the draft after that build");
    }

    /** No file in {@code site} is at a draft's address or names it (lists, feeds, sitemap, search index, related links, hreflang). */
    private static void assertNoDraftIn(Path site, String which) throws IOException {
        assertFalse(Files.exists(site.resolve(ENGLISH.substring(1))), which + " has a folder for the English draft");
        assertFalse(Files.exists(site.resolve(POLISH.substring(1))), which + " has a folder for the Polish draft");
        List<Path> files;
        try (Stream<Path> all = Files.walk(site)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 20, which + ": " + files.size() + " files");
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String named : List.of(ENGLISH, POLISH, ENGLISH_TITLE, POLISH_TITLE, "deposit-or-advance", "odsetki-za-zwloke")) {
                assertFalse(text.contains(named), which + ": " + site.relativize(file) + " names " + named);
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
