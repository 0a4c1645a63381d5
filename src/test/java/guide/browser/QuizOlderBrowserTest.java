package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quiz, and the header's search link, in a browser that does not know CSS's {@code @media (scripting)} (Chrome
 * before 120, Firefox before 113, Safari before 17): played here by the real site with every "scripting" query in its
 * CSS renamed to a feature no browser knows, which such a browser's queries amount to (never matching).
 */
class QuizOlderBrowserTest extends PreviewBrowserTest {
    private static final String PL_QUIZ = QuizPageBrowserTest.PL_QUIZ;

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("project"));
        int renamed = 0;
        try (var files = Files.list(project.resolve("assets/css"))) {
            for (Path css : files.toList()) {
                String text = Files.readString(css);
                String older = text.replace("(scripting", "(-x-unknown-scripting");
                renamed += older.equals(text) ? 0 : 1;
                Files.writeString(css, older);
            }
        }
        assertTrue(renamed > 0, "the quiz's CSS asks about scripting");
        browse(project);
    }

    /** JavaScript off: no blank lines between the intro and the by-hand note where "Wynik liczy się na bieżąco" would be. */
    @Test
    void withoutJavaScriptTheLiveScoreSentenceLeavesNoEmptyLines() throws IOException {
        ChromeDriver plain = Browser.start(false);
        try {
            for (int width : List.of(390, 1280)) {
                plain.manage().window().setSize(new Dimension(width, 900));
                plain.get(base + PL_QUIZ);
                assertEquals(0.0, ((Number) plain.executeScript(
                        "return document.querySelector('.quiz-howto').getBoundingClientRect().height")).doubleValue(),
                        width + " px: the sentence takes no room");
                WebElement manual = plain.findElement(By.cssSelector(".quiz-manual"));
                assertTrue(manual.isDisplayed() && manual.getText().startsWith("Bez JavaScriptu"), manual.getText());
                double gap = ((Number) plain.executeScript("const prose = document.querySelector('[data-prose]').getBoundingClientRect();"
                        + " return arguments[0].getBoundingClientRect().top - prose.bottom", manual)).doubleValue();
                assertTrue(gap < 40, width + " px: the by-hand note follows the intro, " + gap + " px below it");
                assertEquals(1, plain.findElements(By.cssSelector("[data-quiz-status][role=status][aria-live=polite]")).size(),
                        "the live region is in the page before anything fills it");
                plain.executeScript("document.querySelector('.quiz-manual').scrollIntoView({block: 'center'})");
                shoot(plain, "pl-quiz-older-browser-nojs-" + width);
                plain.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
                shoot(plain, "pl-quiz-older-browser-nojs-" + width + "-dark");
                plain.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            }
        } finally {
            plain.quit();
        }
    }

    /** JavaScript on: quiz.js shows the sentence and the live region reads out the score. */
    @Test
    void withJavaScriptTheSentenceShowsAndTheScoreIsAnnounced() throws IOException {
        chrome.manage().window().setSize(new Dimension(390, 900));
        chrome.get(base + PL_QUIZ);
        WebElement status = chrome.findElement(By.cssSelector("[data-quiz-status]"));
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
        WebElement howTo = chrome.findElement(By.cssSelector(".quiz-howto"));
        assertTrue(howTo.isDisplayed() && howTo.getText().startsWith("Zaznacz każde zdanie"), howTo.getText());
        assertEquals("polite", status.getDomAttribute("aria-live"));
        ContentQuiz quiz = ContentQuiz.of(site.project().resolve("content"), QuizPageBrowserTest.PL_QUIZ_FILE);
        assertEquals("0 punktów z " + quiz.maximum() + " · " + quiz.result().title(), status.getText().strip(),
                "the score at nothing ticked, and the first result, as the content file has them");
        js("arguments[0].scrollIntoView({block: 'center'})", howTo);
        screenshot("pl-quiz-older-browser-js-390");
    }

    /**
     * JavaScript off, on a phone: the header's "Szukaj" link (its {@code <noscript>} laid out as a box of its own here)
     * sits at the end of its row as the search button would, and on paper the header is the site's name alone.
     */
    @Test
    void withoutJavaScriptTheSearchLinkSitsWhereTheButtonWouldAndDoesNotPrint() throws IOException {
        ChromeDriver plain = Browser.start(false);
        try {
            plain.manage().window().setSize(new Dimension(390, 900));
            plain.get(base + PL_QUIZ);
            String gap = "const inner = document.querySelector('.site-header-inner'), r = inner.getBoundingClientRect();"
                    + " return r.right - parseFloat(getComputedStyle(inner).paddingRight) - arguments[0].getBoundingClientRect().right";
            WebElement link = plain.findElement(By.cssSelector("[data-search-without-js]"));
            assertEquals(0.0, ((Number) plain.executeScript(gap, link)).doubleValue(), 0.5, "room between the link and the row's end");
            shoot(plain, "pl-quiz-older-browser-nojs-header-390");
            plain.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals(0.0, ((Number) plain.executeScript("return document.querySelector('.site-header-inner').getBoundingClientRect().height"
                    + " - document.querySelector('.site-name').getBoundingClientRect().height")).doubleValue(), 0.5,
                    "on paper, the header's height beyond the site's name");
        } finally {
            plain.quit();
        }
    }

    private static void shoot(ChromeDriver browser, String name) throws IOException {
        Files.write(Browser.screenshotDir().resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
