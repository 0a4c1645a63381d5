package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site header as a reader uses it, on a copy of the real guide (its long article has sections
 * with the same ids in both languages): the language switch keeps the section being read, and the
 * Tab key goes through the header in the order its rows show, at phone and desktop width.
 */
class SiteHeaderBrowserTest extends PreviewBrowserTest {
    private static final String EN = "/en/5-signs-its-time-to-fire-a-client/";
    private static final String PL = "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/";
    private static final String EN_STEPS = "/en/how-to-end-a-client-relationship-in-3-steps/";
    private static final String PL_STEPS = "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/";


    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("project"));
        // A section, and a subsection of a shared section, only the English pages have.
        edit(project.resolve("content/en/5-signs-its-time-to-fire-a-client.md"), "## Conclusion {#conclusion}",
                "## Only in English {#only-in-english}\n\n" + "An English-only section. ".repeat(40) + "\n\n## Conclusion {#conclusion}");
        edit(project.resolve("content/en/how-to-end-a-client-relationship-in-3-steps.md"), "### Sample message {#sample-message}",
                "### Only in English {#english-only-part}\n\n" + "An English-only part. ".repeat(40) + "\n\n### Sample message {#sample-message}");
        // A page with no English version: its switch says so, on a row of its own.
        Path about = project.resolve("content/pl/o-przewodniku.md");
        Files.writeString(about.resolveSibling("tylko-po-polsku.md"), Files.readString(about, StandardCharsets.UTF_8)
                .replace("translationKey=about", "translationKey=only-polish"), StandardCharsets.UTF_8);
        browse(project);
    }

    private static void edit(Path file, String before, String after) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(before), file + " has no " + before);
        Files.writeString(file, text.replace(before, after), StandardCharsets.UTF_8);
    }

    @Test
    void aSectionReachedByTheContentsIsWhereTheSwitchLands() {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        chrome.get(site.base() + EN);
        chrome.findElement(By.cssSelector(".toc a[href='#verbal-abuse']")).click();
        switchLanguage(PL + "#verbal-abuse");
        assertAtTop(chrome.findElement(By.id("verbal-abuse")));
        chrome.navigate().back(); // the English page again, at its section: and the switch goes there again
        switchLanguage(PL + "#verbal-abuse");
    }

    @Test
    void aSubsectionLandsOnItselfOrOnTheSectionItIsPartOf() {
        chrome.manage().window().setSize(new Dimension(390, 844));
        chrome.get(site.base() + EN_STEPS + "#sample-message");
        switchLanguage(PL_STEPS + "#sample-message");
        assertAtTop(chrome.findElement(By.id("sample-message")));
        chrome.get(site.base() + EN_STEPS + "#english-only-part");
        switchLanguage(PL_STEPS + "#step-2-tell-the-client");
    }

    @Test
    void elsewhereTheSwitchGoesToTheTop() {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        for (String at : List.of("#only-in-english", "", "#main", "#%E0")) {
            chrome.get(site.base() + EN + at);
            switchLanguage(PL);
            assertEquals(0L, ((Number) js("return Math.round(window.scrollY)")).longValue(), "the Polish page opens at its top from " + at);
        }
        // Scrolled into a section with no address of it: the switch, up in the header, cannot tell where the reader was.
        chrome.get(site.base() + EN);
        js("document.getElementById('no-compromise').scrollIntoView()");
        switchLanguage(PL);
        // Back from a section to the page's own address: the top again.
        chrome.get(site.base() + EN);
        chrome.findElement(By.cssSelector(".toc a[href='#late-payments']")).click();
        chrome.navigate().back();
        switchLanguage(PL);
    }

    @Test
    void theKeyboardTakesTheSameWay() {
        chrome.manage().window().setSize(new Dimension(390, 844));
        chrome.get(site.base() + PL + "#unclear-goals");
        chrome.findElement(By.cssSelector("a[data-lang-switch]")).sendKeys(Keys.ENTER);
        awaitPage(EN + "#unclear-goals");
    }

    /** Without the script the switch is the plain link it was; the sections it offers are all on the other page. */
    @Test
    void theSwitchIsAPlainLinkAndOffersOnlySectionsTheOtherPageHas() throws Exception {
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(site.base() + EN)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(html.contains("<a href=\"" + PL + "\" hreflang=\"pl\""), "the served page links the Polish article's top");
        chrome.get(site.base() + EN);
        List<String> offered = List.of(chrome.findElement(By.cssSelector("a[data-lang-switch]")).getDomAttribute("data-sections").split(" "));
        assertTrue(offered.containsAll(List.of("late-payments", "verbal-abuse", "conclusion")), offered.toString());
        assertTrue(!offered.contains("only-in-english"), offered.toString());
        chrome.get(site.base() + PL);
        for (String id : offered) {
            assertEquals(1, chrome.findElements(By.cssSelector("[data-prose] [id='" + id + "']")).size(), "#" + id + " on " + PL);
        }
    }

    @Test
    void tabGoesThroughTheHeaderInTheOrderOfItsRows() {
        for (String page : List.of(EN, PL, "/pl/tylko-po-polsku/")) {
            for (int width : List.of(390, 1280)) {
                chrome.manage().window().setSize(new Dimension(width, 844));
                chrome.get(site.base() + page);
                List<String> names = new ArrayList<>();
                List<Rectangle> boxes = new ArrayList<>();
                chrome.findElement(By.tagName("body")).sendKeys(Keys.TAB); // the skip link
                for (int i = 0; i < 5; i++) {
                    chrome.switchTo().activeElement().sendKeys(Keys.TAB);
                    WebElement focused = chrome.switchTo().activeElement();
                    names.add(focused.getText());
                    boxes.add(focused.getRect());
                }
                for (int i = 1; i < boxes.size(); i++) {
                    Rectangle before = boxes.get(i - 1);
                    Rectangle now = boxes.get(i);
                    boolean sameRow = Math.abs(centreY(now) - centreY(before)) < Math.min(now.height, before.height) / 2.0;
                    boolean later = sameRow ? now.x >= before.x + before.width : now.y >= before.y + before.height - 2;
                    assertTrue(later, page + " at " + width + " px: Tab goes from \"" + names.get(i - 1) + "\" " + before.getPoint()
                            + " to \"" + names.get(i) + "\" " + now.getPoint() + ", which is not next in reading order: " + names);
                }
            }
        }
    }

    private static double centreY(Rectangle r) {
        return r.y + r.height / 2.0;
    }

    /** Clicks the language switch and waits for the other page, at {@code expected} (a path, with its #section if any). */
    private static void switchLanguage(String expected) {
        chrome.findElement(By.cssSelector("a[data-lang-switch]")).click();
        awaitPage(expected);
    }

    private static void awaitPage(String expected) {
        String lang = expected.substring(0, 4);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith(site.base() + lang));
        assertEquals(site.base() + expected, chrome.getCurrentUrl());
    }

    private static void assertAtTop(WebElement heading) {
        double top = ((Number) js("return arguments[0].getBoundingClientRect().top", heading)).doubleValue();
        assertTrue(top >= 0 && top < 100, heading.getDomAttribute("id") + " is " + top + " px from the top of the window");
    }

    /**
     * A screen reader says "current page" of the header's and footer's link to the page the reader is on (aria-current):
     * without it the home page's "Home" link sounded like a way elsewhere. The header's link to it is underlined too.
     */
    @Test
    void theLinksToThePageItselfSayItIsTheCurrentPage() throws IOException {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        for (String page : List.of("/pl/", "/pl/o-przewodniku/", "/en/about/", "/pl/artykuly/", PL)) {
            chrome.get(base + page);
            List<String> current = chrome.findElements(By.cssSelector("a[aria-current=page]")).stream()
                    .map(a -> a.findElement(By.xpath("ancestor::*[self::header or self::footer]")).getTagName() + " " + a.getDomAttribute("href"))
                    .toList();
            List<String> expected = switch (page) {
                case "/pl/" -> List.of("header /pl/");
                case "/pl/artykuly/" -> List.of("footer /pl/artykuly/");
                case PL -> List.of();
                default -> List.of("header " + page, "footer " + page);
            };
            assertEquals(expected, current, page);
            for (WebElement link : chrome.findElements(By.cssSelector(".site-nav a[aria-current=page]"))) {
                assertTrue(link.getCssValue("text-decoration-line").contains("underline"), page + ": the header shows where the reader is");
            }
        }
        chrome.get(base + "/pl/o-przewodniku/");
        screenshot("pl-about-current-page-1280");
        chrome.manage().window().setSize(new Dimension(390, 900));
        chrome.get(base + "/pl/o-przewodniku/");
        screenshot("pl-about-current-page-390");
        dark("pl-about-current-page-390-dark");
    }
}
