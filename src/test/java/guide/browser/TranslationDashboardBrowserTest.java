package guide.browser;

import com.deque.html.axecore.results.Rule;
import guide.cli.GuideInProcess;
import guide.serve.DashboardFixture;
import guide.site.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' translation dashboard in the preview, as an editor meets it in Chromium, on the test
 * site with one outdated, one missing and one draft English translation: the counts and states, the
 * changed source block beside the old translation, the copy buttons, the page updating itself after
 * an edit, a translation published untranslated marked until it is translated, an XLIFF import through the form, axe at both widths in light and dark, and screenshots.
 * The tests run in any order: each starts from the fixture's content, put back (and the dashboard shown as it was at the
 * start) where a test before it edited or imported, in a window of 1280 by 900 in light colours.
 */
class TranslationDashboardBrowserTest {
    private static final String DASHBOARD = "/__guide/translations";
    @TempDir
    static Path temp;
    static DashboardFixture preview;
    static ChromeDriver chrome;
    /** The fixture's content files, and each dashboard entry's state, before any test ran. */
    static Map<String, String> content;
    static Map<String, String> states;

    @BeforeAll
    static void start() throws Exception {
        preview = new DashboardFixture(temp.resolve("project"));
        chrome = Browser.start(true);
        content = preview.contentSnapshot();
        states = states();
    }

    /**
     * Puts back whatever content a test before this one changed, waits until the dashboard shows it, and resets the window.
     * It waits on the entries' states, which every test's edit or import so far changes: a later test whose edit leaves
     * every state as it was (a new word in a current translation, say) needs another sign that the preview has rebuilt.
     */
    @BeforeEach
    void freshContent() throws Exception {
        Map<String, String> now = preview.contentSnapshot();
        for (Map.Entry<String, String> file : content.entrySet()) {
            if (!file.getValue().equals(now.get(file.getKey()))) {
                ProjectFiles.writeWhole(preview.project.resolve(file.getKey()), file.getValue());
            }
        }
        for (String added : now.keySet()) {
            if (!content.containsKey(added)) {
                Files.delete(preview.project.resolve(added));
            }
        }
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!states().equals(states)) {
            assertTrue(System.nanoTime() < until, "the dashboard shows " + states() + " 30 s after the content was put back, not " + states);
            Thread.sleep(100);
        }
        chrome.get("about:blank");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Each dashboard entry's state, by the entry's id, as the preview serves the dashboard now. */
    private static Map<String, String> states() throws Exception {
        return Jsoup.parse(preview.get(DASHBOARD)).select(".dash-entry").stream()
                .collect(Collectors.toMap(Element::id, e -> e.attr("data-state")));
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    private static void open(String query) {
        chrome.get(preview.base() + DASHBOARD + query);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("html")).getAttribute("data-build") != null);
    }

    private static String count(String state) {
        return chrome.findElement(By.cssSelector(".dash-language[data-lang=en] a[data-count=" + state + "] .dash-count")).getText();
    }

    @Test
    void showsTheCountsAndStatesMostUrgentFirst() {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        open("");
        assertEquals(List.of("1", "1", "0", "1", "5"), List.of(count("outdated"), count("missing"), count("orphaned"), count("draft"), count("current")));
        WebElement progress = chrome.findElement(By.id("progress-en"));
        assertEquals("5", progress.getAttribute("value"));
        assertEquals("8", progress.getAttribute("max"));
        assertEquals("5 of 8 pages current (63 %)", chrome.findElement(By.cssSelector("label[for=progress-en]")).getText(), "the bar's text equivalent");
        List<String> order = chrome.findElements(By.cssSelector(".dash-entry")).stream()
                .map(e -> e.getAttribute("id") + " " + e.getAttribute("data-state")).toList();
        assertEquals(List.of("entry-pricing-en outdated", "entry-advance-en missing", "entry-written-contract-en draft", "entry-client-quiz-en current"),
                order.subList(0, 4), "outdated, missing, draft; among the current, the quiz first");
        // Filtering is a plain link with a query.
        chrome.findElement(By.cssSelector(".dash-filters a[href='?state=missing']")).click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("?state=missing"));
        assertEquals(List.of("entry-advance-en"), chrome.findElements(By.cssSelector(".dash-entry")).stream().map(e -> e.getAttribute("id")).toList());
        assertEquals("page", chrome.findElement(By.linkText("Missing")).getAttribute("aria-current"));
        // A title leads to the page in the preview.
        open("");
        chrome.findElement(By.cssSelector("#entry-pricing-en h3 a")).click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/en/pricing-a-project/"));
        assertEquals("How to price a project", chrome.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anOutdatedEntryShowsTheNewSourceBlockBesideTheOldTranslation() {
        open("");
        WebElement change = chrome.findElement(By.cssSelector("#entry-pricing-en .dash-change"));
        assertEquals(DashboardFixture.NEW_SOURCE_BLOCK, change.findElement(By.cssSelector("[data-source-block]")).getText());
        assertEquals("pl", change.findElement(By.cssSelector("[data-source-block]")).getAttribute("lang"));
        assertEquals(DashboardFixture.OLD_TRANSLATION_BLOCK, change.findElement(By.cssSelector("[data-translation-block]")).getText());
        assertTrue(change.getText().startsWith("Edited in the Polish source"), change.getText());
    }

    @Test
    void theCopyButtonCopiesTheCommandFromTheKeyboard() {
        open("");
        chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", preview.base(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement button = chrome.findElement(By.cssSelector("#entry-pricing-en button[data-copy]"));
        assertTrue(button.isDisplayed(), "the script shows the copy buttons");
        chrome.executeScript("arguments[0].focus()", button);
        button.sendKeys(Keys.ENTER);
        Browser.waitUpTo(chrome, Duration.ofSeconds(5)).until(d -> button.getText().equals("Copied"));
        String copied = (String) chrome.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('failed: ' + e));");
        assertEquals("./guide translations stamp " + DashboardFixture.PRICING_EN, copied);
        // The live region is visually hidden, so Selenium's getText() would say ""; screen readers read its text.
        Browser.waitUpTo(chrome, Duration.ofSeconds(5)).until(d -> String.valueOf(chrome.executeScript(
                "return document.getElementById('dash-announce').textContent")).startsWith("Copied: ./guide translations stamp"));
    }

    @Test
    void withoutClipboardAccessTheCommandIsSelected() {
        open("");
        chrome.executeScript("Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });");
        WebElement button = chrome.findElement(By.cssSelector("#entry-advance-en button[data-copy]"));
        button.click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(5)).until(d -> button.getText().startsWith("Selected"));
        assertEquals("./guide translate content/pl/zaliczka-czy-zadatek.md --to en --name NAME",
                chrome.executeScript("return window.getSelection().toString();"));
    }

    @Test
    void axeFindsNothingAtBothWidthsInLightAndDark() throws IOException {
        for (String scheme : List.of("light", "dark")) {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (int width : List.of(390, 1280)) {
                chrome.manage().window().setSize(new Dimension(width, 900));
                open("");
                long overflow = (Long) chrome.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
                assertTrue(overflow <= 0, "the dashboard overflows at " + width + " px by " + overflow);
                assertNoViolations(DASHBOARD + " " + scheme + " " + width);
                screenshot("dashboard-" + scheme + "-" + width);
                chrome.get(preview.base() + "/en/pricing-a-project/");
                assertNoViolations("/en/pricing-a-project/ " + scheme + " " + width);
                screenshot("en-outdated-sections-" + scheme + "-" + width);
            }
        }
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void thePageUpdatesItselfAfterAnEdit() throws IOException {
        open("");
        chrome.executeScript("window.sameDocument = true;");
        assertEquals("current", chrome.findElement(By.id("entry-invoice-en")).getAttribute("data-state"));
        Path source = preview.project.resolve("content/pl/jak-wystawic-fakture.md");
        ProjectFiles.writeWhole(source, Files.readString(source, StandardCharsets.UTF_8) + "\nNowy akapit na końcu.\n");
        Browser.waitUpTo(chrome, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("entry-invoice-en")).getAttribute("data-state").equals("outdated"));
        assertEquals(Boolean.TRUE, chrome.executeScript("return window.sameDocument === true;"), "updated in place, not reloaded");
        assertEquals("2", count("outdated"));
        assertTrue(chrome.findElement(By.cssSelector("#entry-invoice-en [data-source-block]")).getText().contains("Nowy akapit na końcu."));
    }

    /**
     * A translation started with ./guide translate and published untranslated is current by its stamp: the dashboard marks it
     * with what ./guide translations names (its text, its tags still the Polish page's), and drops the mark, in place, once the
     * translator has translated them.
     */
    @Test
    void aPublishedCopyIsMarkedAndTheMarkGoesInPlaceOnceTranslated() throws Exception {
        open("");
        chrome.executeScript("window.sameDocument = true;");
        GuideInProcess started = GuideInProcess.inProject(preview.project, "translate", "content/pl/zaliczka-czy-zadatek.md", "--to", "en",
                "--name", "advance");
        assertEquals(0, started.exitCode(), started.err());
        Path copy = preview.project.resolve("content/en/advance.md");
        ProjectFiles.writeWhole(copy, Files.readString(copy, StandardCharsets.UTF_8).replace("status=draft", "status=published"));
        // Read at once, in the page: a build after this one (the draft's, if late) swaps the entry for a new element.
        List<?> shown = Browser.waitUpTo(chrome, Duration.ofSeconds(20)).until(d -> (List<?>) chrome.executeScript(
                "const e = document.querySelector('#entry-advance-en[data-untranslated]');"
                + " return e && [e.dataset.state, e.querySelector('.dash-flag').textContent,"
                + " ...[...e.querySelectorAll('.dash-untranslated dd p')].map(p => p.textContent)];"));
        assertEquals(4, shown.size(), shown.toString());
        assertEquals(List.of("current", "Not fully translated"), shown.subList(0, 2));
        assertTrue(String.valueOf(shown.get(2)).startsWith("Line 7: the summary and all 3 passages of the text are still copied word for word"
                + " from its source"), shown.toString());
        assertTrue(String.valueOf(shown.get(3)).startsWith("Line 8: the tag umowy is still its Polish source's"), shown.toString());
        screenshot("dashboard-untranslated-1280");
        for (String scheme : List.of("light", "dark")) { // the mark's colours, and its words at a phone's width
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            chrome.manage().window().setSize(new Dimension(390, 900));
            open("");
            long overflow = (Long) chrome.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 0, "the dashboard with a copy marked overflows at 390 px by " + overflow);
            assertNoViolations(DASHBOARD + " with a copy marked, " + scheme + " 390");
        }
        chrome.executeScript("window.sameDocument = true;");

        ProjectFiles.writeWhole(copy, Files.readString(copy, StandardCharsets.UTF_8).replace("tags=umowy", "tags=contracts")
                .replace("Dwie formy przedpłaty i czym się różnią.", "Two kinds of prepayment and how they differ.")
                .replace("Przedpłata chroni przed klientem, który znika.", "A prepayment protects you from a client who disappears.")
                .replace("Zaliczkę rozlicza się z ceną.", "An advance is settled against the price.")
                .replace("Zadatek działa inaczej niż zaliczka.", "A deposit works differently from an advance."));
        Browser.waitUpTo(chrome, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#entry-advance-en[data-untranslated]")).isEmpty());
        assertEquals(List.of("current", 0L), chrome.executeScript("const e = document.getElementById('entry-advance-en');"
                + " return [e.dataset.state, e.querySelectorAll('.dash-flag, .dash-untranslated').length];"));
        assertEquals(Boolean.TRUE, chrome.executeScript("return window.sameDocument === true;"), "updated in place, not reloaded");
    }

    @Test
    void anXliffImportedThroughTheFormMakesTheTranslationCurrent() throws Exception {
        Path file = temp.resolve("pricing.pl-en.xlf");
        Files.write(file, preview.translatedPricingXliff());
        open("");
        chrome.findElement(By.id("import-files")).sendKeys(file.toString());
        chrome.findElement(By.cssSelector(".dash-import button[type=submit]")).click();
        WebElement result = Browser.waitUpTo(chrome, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("import-result")));
        assertEquals("Imported 1 translation", result.findElement(By.tagName("h2")).getText());
        assertTrue(result.getText().contains("content/en/pricing-a-project.md: updated from pricing.pl-en.xlf"), result.getText());
        assertEquals("current", chrome.findElement(By.id("entry-pricing-en")).getAttribute("data-state"));
        String written = Files.readString(preview.project.resolve(DashboardFixture.PRICING_EN), StandardCharsets.UTF_8);
        assertTrue(written.contains(DashboardFixture.NEW_TRANSLATION_BLOCK), written);
        screenshot("dashboard-imported-1280");
        // The rebuilt page no longer says it is behind.
        // Each look reloads the page: every half second, not at the tests' usual pace, while the preview rebuilds.
        new WebDriverWait(chrome, Duration.ofSeconds(20), Duration.ofMillis(500)).until(d -> {
            d.get(preview.base() + "/en/pricing-a-project/");
            return d.findElements(By.cssSelector(".translation-notice, .section-notice")).isEmpty();
        });
    }

    private static void assertNoViolations(String where) {
        List<Rule> violations = Accessibility.violations(chrome);
        assertTrue(violations.isEmpty(), where + ": " + violations.stream()
                .map(v -> v.getId() + " (" + v.getNodes().size() + "): " + v.getHelp() + " " + v.getNodes().get(0).getTarget())
                .collect(Collectors.joining("; ")));
    }

    private static void screenshot(String name) throws IOException {
        long height = (Long) chrome.executeScript("return Math.min(document.documentElement.scrollHeight, 4000)");
        Dimension size = chrome.manage().window().getSize();
        chrome.manage().window().setSize(new Dimension(size.getWidth(), (int) height));
        Files.write(Browser.screenshotDir().resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
        chrome.manage().window().setSize(size);
    }
}
