package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quiz taker in headless Chromium: what they notice with the keyboard, the share link, the section links and printing.
 * What depends on the real quiz's words (its long statements, its advice on paper) is tried on the real site's quiz, whose
 * points and results the tests read from its content file ({@link ContentQuiz}); the scores and results a tick gives are
 * tried on the tests' own quiz ({@link WrittenQuiz#SAMPLE}), served beside it.
 */
class QuizTakerBrowserTest extends PreviewBrowserTest {
    static final String PL_QUIZ = "/pl/test-czy-rozstac-sie-z-klientem/";
    private static final String PL_SAMPLE = WrittenQuiz.SAMPLE.plAddress();

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("project"));
        WrittenQuiz.SAMPLE.writeInto(project, "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/", "/en/5-signs-its-time-to-fire-a-client/");
        browse(project);
    }

    /** Tab to a long statement on a phone: all of its text is above the sticky score bar, none under it. */
    @Test
    void aStatementFocusedWithTabIsNotHiddenUnderTheScoreBar() throws IOException {
        for (String id : List.of("refuses-to-pay", "cheaper-elsewhere", "abuse-continued")) {
            open(PL_QUIZ, 390, 844);
            js("document.activeElement.blur(); window.scrollTo(0, 0)");
            Actions keys = new Actions(chrome);
            WebElement box = chrome.findElement(By.id("q-" + id));
            int guard = 0;
            while (!box.equals(chrome.switchTo().activeElement()) && guard++ < 120) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals(box, chrome.switchTo().activeElement(), "Tab reaches " + id);
            settle();
            assertTrue(itemBottomAboveBar(id), id + ": " + js("const r = document.getElementById('q-" + id
                    + "').closest('.quiz-item').getBoundingClientRect(); return r.bottom + ' vs bar top ' "
                    + "+ document.querySelector('[data-quiz-bar]').getBoundingClientRect().top"));
            assertTrue(((Number) js("return document.getElementById('q-" + id + "').closest('.quiz-item')"
                    + ".getBoundingClientRect().top")).doubleValue() >= 0, id + " starts on screen");
        }
        screenshot("pl-quiz-tab-under-bar-390");
    }

    /** "Kopiuj link" confirms under the buttons, which stay where they are, and leaves the live score bar showing the score. */
    @Test
    void copyingTheLinkConfirmsUnderTheButtonsAndKeepsTheScore() throws IOException {
        open(PL_SAMPLE, 390, 844);
        tick("invoices-late", "free-extras");
        assertEquals("5 punktów z 17 · Spokojnie", status(), "3 + 2 points");
        js("window.copiedText = null; Object.defineProperty(navigator, 'clipboard', {configurable: true,"
                + " value: {writeText: (t) => { window.copiedText = t; return Promise.resolve(); }}})");
        WebElement copy = chrome.findElement(By.cssSelector("[data-quiz-copy]"));
        js("arguments[0].scrollIntoView({block: 'center'})", copy);
        WebElement print = chrome.findElement(By.cssSelector("[data-quiz-print]"));
        Point before = print.getLocation();
        copy.click();
        settle();
        assertEquals(base + PL_SAMPLE + "#a=invoices-late,free-extras", js("return window.copiedText"));
        assertEquals(before, print.getLocation(), "the buttons stay where they were: the note does not push 'Drukuj wynik' aside");
        assertEquals("5 punktów z 17 · Spokojnie", status(), "the score bar still shows the score");
        WebElement note = chrome.findElement(By.cssSelector("[data-quiz-copied]"));
        assertTrue(note.isDisplayed());
        assertEquals("Link skopiowany.", note.getText());
        screenshot("pl-quiz-copied-390");
    }

    /** Without a clipboard API (plain http off localhost) "Kopiuj link" selects the share link itself, with a hint. */
    @Test
    void withoutAClipboardCopyingSelectsTheLinkItself() throws IOException {
        Map<String, Object> script = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete Navigator.prototype.clipboard;"));
        try {
            open(PL_SAMPLE, 390, 844);
            assertEquals(null, js("return navigator.clipboard"));
            tick("invoices-late", "free-extras");
            WebElement copy = chrome.findElement(By.cssSelector("[data-quiz-copy]"));
            js("arguments[0].scrollIntoView({block: 'center'})", copy);
            copy.click();
            settle();
            String link = base + PL_SAMPLE + "#a=invoices-late,free-extras";
            assertEquals(link, chrome.findElement(By.cssSelector("[data-quiz-share]")).getAttribute("href"));
            WebElement field = chrome.switchTo().activeElement();
            assertTrue(field.isDisplayed(), "the link is shown");
            assertEquals(link, field.getDomProperty("value"), "the focused field holds the link");
            assertEquals(link, js("const f = document.activeElement; return f.value.slice(f.selectionStart, f.selectionEnd)"),
                    "all of the link is selected, not the label \"Link do tego wyniku\"");
            assertEquals("Skopiuj ten link (Ctrl+C lub ⌘C), żeby wrócić do tego wyniku albo wysłać go komuś:",
                    chrome.findElement(By.cssSelector("label[for='" + field.getDomAttribute("id") + "']")).getText());
            screenshot("pl-quiz-no-clipboard-390");
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script.get("identifier")));
        }
    }

    /** Following "1. Płatności" in the breakdown keeps the answers in the address: a reload or bookmark still has them. */
    @Test
    void aSectionLinkInTheBreakdownKeepsTheAnswersInTheAddress() throws IOException {
        open(PL_SAMPLE, 1280, 900);
        tick("invoices-late", "free-extras", "mockery");
        assertEquals("6 punktów z 17 · Porozmawiaj", status(), "3 + 2 + 1 points");
        WebElement link = chrome.findElement(By.cssSelector("[data-quiz-breakdown] a[href='#sign-payments']"));
        assertEquals("1. Płatności", link.getText());
        js("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        settle();
        String address = chrome.getCurrentUrl();
        assertEquals(base + PL_SAMPLE + "#a=invoices-late,free-extras,mockery", address);
        assertTrue(((Number) js("return Math.abs(document.getElementById('sign-payments').getBoundingClientRect().top)")).doubleValue() < 40,
                "the section is scrolled to");
        assertEquals("sign-payments", js("return document.activeElement.id"), "and focused");
        screenshot("pl-quiz-section-link-1280");
        chrome.get("about:blank");
        chrome.get(address);
        waitForStatus();
        assertEquals(List.of("invoices-late", "free-extras", "mockery"), ticked(), address);
        assertEquals("6 punktów z 17 · Porozmawiaj", status());
    }

    /** Clicking "Link do tego wyniku" visibly does something: it shows that link, selected, with a hint to copy it. */
    @Test
    void clickingLinkToThisResultShowsTheLinkToCopy() throws IOException {
        open(PL_QUIZ, 1280, 900);
        tick("refuses-to-pay");
        WebElement share = chrome.findElement(By.cssSelector("[data-quiz-share]"));
        assertEquals("Link do tego wyniku", share.getText());
        js("arguments[0].scrollIntoView({block: 'center'})", share);
        share.click();
        settle();
        String link = base + PL_QUIZ + "#a=refuses-to-pay";
        WebElement field = chrome.findElement(By.cssSelector("#quiz-url"));
        assertTrue(field.isDisplayed(), "the link is shown");
        assertEquals(field, chrome.switchTo().activeElement());
        assertEquals(link, field.getDomProperty("value"));
        assertEquals(link, js("const f = document.activeElement; return f.value.slice(f.selectionStart, f.selectionEnd)"));
        assertTrue(chrome.findElement(By.cssSelector("label[for=quiz-url]")).getText().startsWith("Skopiuj ten link"));
        screenshot("pl-quiz-share-link-1280");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            screenshot("pl-quiz-share-link-1280-dark");
            js("document.querySelector('[data-quiz-result]').scrollIntoView()");
            screenshot("pl-quiz-result-why-1280-dark");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** Printed with nothing ticked, the quiz is a blank sheet: no "Twój wynik" box and no highlighted row; ticked, the result prints. */
    @Test
    void aBlankQuizPrintsAsASheetToScoreByHand() {
        open(PL_SAMPLE, 1280, 900);
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(chrome.findElement(By.cssSelector("[data-quiz-result]")).isDisplayed(), "no result box on a blank sheet");
            assertFalse(rowMarked("tr[data-band]"), "no row marked as the result");
            assertEquals("400", js("return getComputedStyle(document.querySelector('tr[data-band] .quiz-range')).fontWeight"));
            tick("invoices-late");
            assertTrue(chrome.findElement(By.cssSelector("[data-quiz-result]")).isDisplayed(), "a ticked quiz prints its result");
            assertTrue(chrome.findElement(By.cssSelector("[data-quiz-score]")).getText().startsWith("3 punkty z 17"));
            assertTrue(rowMarked("tr.is-current"), "the result's row is marked");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Printed with a result, "Twój wynik", the score and why it is so share a page with the band's advice. */
    @Test
    void thePrintedResultKeepsItsScoreOnThePageOfItsAdvice() throws IOException {
        ContentQuiz quiz = ContentQuiz.of(site.project().resolve("content"), QuizPageBrowserTest.PL_QUIZ_FILE);
        String[] ticked = {"invoices-late", "threats", "spec-work"};
        Pattern scoreHeading = Pattern.compile("Twójwynik" + quiz.score(ticked) + "\\p{L}+z" + quiz.maximum());
        open(PL_QUIZ + "#a=" + String.join(",", ticked), 1280, 900);
        String advice = chrome.findElement(By.cssSelector("[data-quiz-band] p")).getText().replaceAll("[\\s\\u00a0\\u202f]+", "");
        String decided = chrome.findElement(By.cssSelector("[data-quiz-decided]")).getText().replaceAll("[\\s\\u00a0\\u202f]+", "");
        assertTrue(decided.startsWith("Dlaczego"), decided);
        for (double height = 20; height <= 32; height += 0.5) {
            List<String> pages = PrintedPages.print(chrome, height);
            int heading = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (scoreHeading.matcher(pages.get(i)).find()) {
                    heading = i;
                }
            }
            assertTrue(heading >= 0, height + " cm: the result prints: " + pages);
            String page = pages.get(heading);
            assertTrue(page.contains(decided) && page.contains(advice.substring(0, 40)), "on " + height + " cm paper, page "
                    + (heading + 1) + " of " + pages.size() + " has the score but not both of " + decided + " / " + advice + ": " + page);
        }
    }

    /** An article's footnotes on a phone: a number big enough to tap, the note jumped to marked, no "↩" on paper. */
    @Test
    void footnotesAreEasyToTapMarkedWhenJumpedToAndPrintWithoutBackLinks() throws IOException {
        chrome.manage().window().setSize(new Dimension(390, 844));
        chrome.get(base + "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/");
        WebElement ref = chrome.findElement(By.cssSelector("a.footnote-ref[href='#fn-1']"));
        assertTrue(ref.getRect().getWidth() >= 24 && ref.getRect().getHeight() >= 24, "tap target " + ref.getRect().getDimension());
        WebElement note = chrome.findElement(By.id("fn-1"));
        String plain = note.getCssValue("background-color");
        assertEquals("rgba(0, 0, 0, 0)", plain);
        js("arguments[0].scrollIntoView({block: 'center'})", ref);
        ref.click();
        settle();
        assertTrue(chrome.getCurrentUrl().endsWith("#fn-1"));
        assertFalse(plain.equals(note.getCssValue("background-color")), "the note jumped to is marked");
        screenshot("pl-article-footnote-target-390");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        screenshot("pl-article-footnote-target-390-dark");
        chrome.findElement(By.cssSelector("#fn-1 .footnote-backref")).click();
        settle();
        screenshot("pl-article-footnote-back-390-dark");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        screenshot("pl-article-footnote-back-390");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(chrome.findElement(By.cssSelector("#fn-1 .footnote-backref")).isDisplayed(), "no ↩ on paper");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Lets a scroll started by focus or a click finish (two frames and a little). */
    void settle() {
        chrome.executeAsyncScript("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))");
    }

    private boolean itemBottomAboveBar(String id) {
        return (Boolean) js("const r = document.getElementById('q-" + id + "').closest('.quiz-item').getBoundingClientRect();"
                + "return r.bottom <= document.querySelector('[data-quiz-bar]').getBoundingClientRect().top");
    }

    void open(String page, int width, int height) {
        chrome.manage().window().setSize(new Dimension(width, height));
        chrome.get("about:blank");
        chrome.get(base + page);
        waitForStatus();
    }

    void waitForStatus() {
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status().isBlank());
    }

    String status() {
        return chrome.findElement(By.cssSelector("[data-quiz-status]")).getText().strip();
    }

    void tick(String... ids) {
        for (String id : ids) {
            WebElement box = chrome.findElement(By.id("q-" + id));
            js("arguments[0].scrollIntoView({block: 'center'})", box);
            chrome.findElement(By.cssSelector("label[for=q-" + id + "]")).click();
            assertTrue(box.isSelected(), id);
        }
    }

    List<String> ticked() {
        return chrome.findElements(By.cssSelector("form[data-quiz] input[type=checkbox]")).stream()
                .filter(WebElement::isSelected).map(b -> b.getDomAttribute("value")).toList();
    }


    /** The first row {@code selector} finds is marked as the result: a bar beside it, drawn on the row or on its first cell. */
    private boolean rowMarked(String selector) {
        return Boolean.TRUE.equals(js("const row = document.querySelector(arguments[0]);"
                + " return getComputedStyle(row).borderLeftStyle !== 'none' && parseFloat(getComputedStyle(row).borderLeftWidth) > 0"
                + " || getComputedStyle(row.firstElementChild).boxShadow !== 'none'", selector));
    }
}
