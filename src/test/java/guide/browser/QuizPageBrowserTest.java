package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a quiz taker reads around the real site's quiz: how long the archive says it takes, its date
 * line, the instructions with and without JavaScript, and the link box after "Wyczyść odpowiedzi". The dates, the
 * maximum and the results are read from the quiz's content files ({@link ContentDates}, {@link ContentQuiz}).
 */
class QuizPageBrowserTest extends PreviewBrowserTest {
    static final String PL_QUIZ = "/pl/test-czy-rozstac-sie-z-klientem/";
    static final String EN_QUIZ = "/en/is-it-time-to-fire-this-client/";
    /** The quizzes' content files, which give the dates their pages show. */
    static final String PL_QUIZ_FILE = "pl/test-czy-rozstac-sie-z-klientem.md";
    static final String EN_QUIZ_FILE = "en/is-it-time-to-fire-this-client.md";

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    /** The archive's card says no "4 minuty czytania" beside the summary's "trzech minut": the quiz's own words say how long it takes. */
    @Test
    void theArchiveCardOfTheQuizStatesNoReadingTimeBesideTheTimeItsSummaryGives() throws IOException {
        for (String[] page : List.of(new String[]{"/pl/artykuly/", PL_QUIZ, PL_QUIZ_FILE, "Test zajmuje około trzech minut."},
                new String[]{"/en/articles/", EN_QUIZ, EN_QUIZ_FILE, "Takes about three minutes."})) {
            chrome.manage().window().setSize(new Dimension(390, 900));
            chrome.get(base + page[0]);
            WebElement card = chrome.findElement(By.xpath("//li[contains(@class,'card')][.//a[@href='" + page[1] + "']]"));
            String published = ContentDates.of(site.project(), page[2]).publishedText();
            assertEquals(published, card.findElement(By.cssSelector(".meta")).getText().replace('\u00a0', ' '), page[0]);
            assertTrue(card.getText().endsWith(page[3]), card.getText());
            assertTrue(chrome.findElements(By.cssSelector(".card .meta")).stream().anyMatch(m -> m.getText().matches(".* · \\d+[ -](minut|minute).*")),
                    "an article's card still gives its reading time");
            js("arguments[0].scrollIntoView({block: 'center'})", card);
            screenshot(page[1].split("/")[1] + "-archive-quiz-card-390");
        }
    }

    /** The quiz has the date line an article has: published, and updated, as the archive and the feed date it. */
    @Test
    void theQuizPageShowsItsDateAndWhenItWasUpdated() throws IOException {
        for (String[] page : List.of(new String[]{PL_QUIZ, PL_QUIZ_FILE, "Zaktualizowano"}, new String[]{EN_QUIZ, EN_QUIZ_FILE, "Updated"})) {
            ContentDates dates = ContentDates.of(site.project(), page[1]);
            for (int width : List.of(390, 1280)) {
                chrome.manage().window().setSize(new Dimension(width, 900));
                chrome.get(base + page[0]);
                WebElement meta = chrome.findElement(By.cssSelector(".article-header .meta"));
                assertTrue(meta.isDisplayed());
                assertEquals(dates.publishedText() + " · " + page[2] + " " + dates.updatedText(), meta.getText().replace('\u00a0', ' '), page[0]);
                assertEquals(List.of(dates.published().toString(), dates.updated().toString()), meta.findElements(By.tagName("time")).stream()
                        .map(t -> t.getDomAttribute("datetime")).toList());
                screenshot(page[0].split("/")[1] + "-quiz-top-" + width);
            }
        }
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            screenshot("en-quiz-top-1280-dark");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** "Wynik liczy się na bieżąco" once the script runs, never before it (blocked here) and never without JavaScript. */
    @Test
    void theLiveScoreSentenceShowsOnlyWhenTheScriptRunsAndTheByHandNoteOnlyWithoutIt() throws IOException {
        String live = "Zaznacz każde zdanie, które pasuje do tego klienta. Wynik liczy się na bieżąco";
        String byHand = "Bez JavaScriptu lub na wydruku: zaznacz pasujące zdania, dodaj ich punkty";
        open(PL_QUIZ, 390);
        assertTrue(howTo(chrome).startsWith(live), howTo(chrome));
        assertEquals("", byHand(chrome), "with the live score there is nothing to add up by hand");

        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/quiz*")));
        try {
            chrome.get("about:blank");
            chrome.get(base + PL_QUIZ);
            assertEquals("", howTo(chrome), "before the script runs the page promises no live score");
            assertEquals("", byHand(chrome));
            assertTrue(height(chrome) > 0, "its lines are kept, so nothing jumps when the script fills them");
        } finally {
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            chrome.executeCdpCommand("Network.disable", Map.of());
        }

        ChromeDriver plain = Browser.start(false);
        try {
            for (int width : List.of(390, 1280)) {
                plain.manage().window().setSize(new Dimension(width, 900));
                plain.get(base + PL_QUIZ);
                assertEquals("", howTo(plain), "without JavaScript nothing updates as you go");
                assertEquals(0, height(plain), "and its lines take no room");
                assertTrue(byHand(plain).startsWith(byHand), byHand(plain));
                Files.write(Browser.screenshotDir().resolve("pl-quiz-top-nojs-" + width + ".png"), plain.getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            plain.quit();
        }
    }

    /** After "Kopiuj link" opened the link box, "Wyczyść odpowiedzi" closes it: there is no result left to link to. */
    @Test
    void clearingTheAnswersClosesTheLinkBox() throws IOException {
        Map<String, Object> script = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete Navigator.prototype.clipboard;"));
        try {
            ContentQuiz pl = ContentQuiz.of(site.project().resolve("content"), PL_QUIZ_FILE);
            ContentQuiz en = ContentQuiz.of(site.project().resolve("content"), EN_QUIZ_FILE);
            for (String[] page : List.of(new String[]{PL_QUIZ, "0 punktów z " + pl.maximum() + " · " + pl.result().title()},
                    new String[]{EN_QUIZ, "0 points of " + en.maximum() + " · " + en.result().title()})) {
                open(page[0], 390);
                tick("invoices-late", "threats");
                click("[data-quiz-copy]");
                WebElement box = chrome.findElement(By.cssSelector("[data-quiz-link]"));
                assertTrue(box.isDisplayed(), "the link to copy is shown");
                click("button[type=reset]");
                assertFalse(box.isDisplayed(), page[0] + ": no link box, and no hint to copy a link, once the answers are cleared");
                assertEquals(page[1], status());
                assertEquals(base + page[0], chrome.getCurrentUrl());
                screenshot(page[0].split("/")[1] + "-quiz-cleared-390");
            }
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script.get("identifier")));
        }
    }

    /** On a touch screen the link's hint says to copy it, not to press Ctrl+C or ⌘C. */
    @Test
    void onATouchScreenTheLinkHintNamesNoKeys() throws IOException {
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            open(PL_QUIZ, 390);
            assertEquals(Boolean.TRUE, js("return matchMedia('(pointer: coarse)').matches"), "a phone's pointer");
            tick("refuses-to-pay");
            click("[data-quiz-share]");
            assertEquals("Przytrzymaj ten link i wybierz „Kopiuj”, żeby wrócić do tego wyniku albo wysłać go komuś:",
                    chrome.findElement(By.cssSelector("label[for=quiz-url]")).getText().replace('\u00a0', ' '));
            screenshot("pl-quiz-share-link-touch-390");
        } finally {
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
        open(EN_QUIZ, 1280);
        tick("refuses-to-pay");
        click("[data-quiz-share]");
        assertEquals("Copy this link (Ctrl+C or ⌘C) to come back to this result or send it to someone:",
                chrome.findElement(By.cssSelector("label[for=quiz-url]")).getText().replace('\u00a0', ' '), "with a mouse, the keys");
    }

    private static String howTo(ChromeDriver browser) {
        return browser.findElement(By.cssSelector(".quiz-howto")).getText().replace('\u00a0', ' ');
    }

    private static double height(ChromeDriver browser) {
        return ((Number) browser.executeScript("return document.querySelector('.quiz-howto').getBoundingClientRect().height")).doubleValue();
    }

    /**
     * "1. Payments" in the result's breakdown, followed with the keyboard, focuses its section: the section stands a little
     * below the window's edge with its whole focus ring, not with the ring's top cut off by the edge.
     */
    @Test
    void aSectionReachedFromTheBreakdownShowsItsWholeFocusRing() throws IOException {
        for (int width : List.of(390, 1280)) {
            open(EN_QUIZ + "#a=invoices-late", width);
            js("document.querySelector('[data-quiz-breakdown] a[href=\"#sign-late-payments\"]').focus()");
            new Actions(chrome).sendKeys(Keys.ENTER).pause(300).perform();
            assertEquals("sign-late-payments", js("return document.activeElement.id"), width + " px: the section is focused");
            double ring = ((Number) js("const e = document.activeElement, s = getComputedStyle(e);"
                    + " return e.getBoundingClientRect().top - parseFloat(s.outlineWidth) - parseFloat(s.outlineOffset)")).doubleValue();
            screenshot("en-quiz-section-from-breakdown-" + width);
            assertTrue(ring >= 0, width + " px: the focus ring starts " + ring + " px from the window's top edge");
        }
    }

    /** The by-hand note as the screen shows it, "" when none shows. */
    private static String byHand(ChromeDriver browser) {
        return browser.findElements(By.cssSelector(".quiz-manual")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getText().replace('\u00a0', ' ')).findFirst().orElse("");
    }

    private void open(String page, int width) {
        chrome.manage().window().setSize(new Dimension(width, 900));
        chrome.get("about:blank");
        chrome.get(base + page);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status().isBlank());
    }

    private String status() {
        return chrome.findElement(By.cssSelector("[data-quiz-status]")).getText().strip();
    }

    private void click(String selector) {
        WebElement button = chrome.findElement(By.cssSelector(selector));
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        chrome.executeAsyncScript("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))");
    }

    private void tick(String... ids) {
        for (String id : ids) {
            WebElement box = chrome.findElement(By.id("q-" + id));
            js("arguments[0].scrollIntoView({block: 'center'})", box);
            chrome.findElement(By.cssSelector("label[for=q-" + id + "]")).click();
            assertTrue(box.isSelected(), id);
        }
    }
}
