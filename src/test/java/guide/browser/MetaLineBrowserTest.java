package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The date lines under titles and on cards ("24 listopada 2026 · Zaktualizowano 7 grudnia 2026") as
 * they wrap on a phone or a wide screen: a line breaks only between whole parts, and a "·" stays at the end of the
 * part before it, as a comma does, never opening the next line ("· Autor: Redakcja przewodnika" at 1280 px).
 */
class MetaLineBrowserTest extends PreviewBrowserTest {
    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    /**
     * The quiz's date line at 390 px: "Zaktualizowano 7 grudnia 2026" on its own line, the "·" ending the date's. The dates
     * are the quiz file's own, so an editor's {@code updated=} moves them with it.
     */
    @Test
    void theQuizDateLineBreaksAfterItsSeparatorAndBetweenWholeParts() throws IOException {
        for (String[] page : List.of(new String[]{QuizPageBrowserTest.PL_QUIZ, QuizPageBrowserTest.PL_QUIZ_FILE, "Zaktualizowano"},
                new String[]{QuizPageBrowserTest.EN_QUIZ, QuizPageBrowserTest.EN_QUIZ_FILE, "Updated"})) {
            ContentDates dates = ContentDates.of(site.project(), page[1]);
            String published = dates.publishedText();
            String updated = page[2] + " " + dates.updatedText();
            open(page[0], 390);
            assertEquals(List.of(published + " ·", updated), lines(".article-header .meta"), page[0]);
            screenshot(page[0].split("/")[1] + "-quiz-date-line-390");
            dark(page[0].split("/")[1] + "-quiz-date-line-390-dark");
            open(page[0], 1280);
            assertEquals(List.of(published + " · " + updated), lines(".article-header .meta"), page[0] + " fits one line on a wide screen");
        }
    }

    /**
     * Articles' date lines (dates, reading time, word count, author), the quizzes' and the cards' on the home pages and
     * archives, at 390 and 1280 px, in light and dark colours: the lines as drawn, found from each letter's rectangle.
     */
    @Test
    void noDateLineStartsWithASeparatorOrSplitsADateReadingTimeOrWordCount() throws IOException {
        for (String page : List.of("/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/", "/en/5-signs-its-time-to-fire-a-client/",
                "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/", "/en/how-to-end-a-client-relationship-in-3-steps/",
                QuizPageBrowserTest.PL_QUIZ, QuizPageBrowserTest.EN_QUIZ, "/pl/", "/en/", "/pl/artykuly/", "/en/articles/")) {
            for (int width : List.of(390, 1280)) {
                for (String scheme : List.of("light", "dark")) {
                    colours(scheme);
                    open(page, width);
                    assertWrappedBetweenWholeParts(page + " at " + width + " px, " + scheme);
                }
            }
        }
        colours("light");
        for (String[] shot : List.of(new String[]{"/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/", "pl-article-date-line"},
                new String[]{"/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/", "pl-3-steps-date-line"})) {
            for (int width : List.of(390, 1280)) {
                open(shot[0], width);
                screenshot(shot[1] + "-" + width);
                dark(shot[1] + "-" + width + "-dark");
            }
        }
        open("/en/5-signs-its-time-to-fire-a-client/", 1280);
        screenshot("en-article-date-line-1280");
    }

    /** Each date line of the page: no line opens with a "·" or ends with an author's label, no date or number of minutes or words split. */
    private static void assertWrappedBetweenWholeParts(String what) {
        List<WebElement> metas = chrome.findElements(By.cssSelector(".meta"));
        assertFalse(metas.isEmpty(), what);
        for (WebElement meta : metas) {
            List<String> lines = lines(meta);
            String where = what + ": " + lines;
            for (String line : lines) {
                assertFalse(line.startsWith("·"), "a line opens with a separator, " + where);
                assertFalse(line.endsWith(":"), "an author's label stays with the name: " + where);
            }
            for (WebElement time : meta.findElements(By.tagName("time"))) {
                String date = time.getText().replace('\u00a0', ' ');
                assertTrue(lines.stream().anyMatch(l -> l.contains(date)), date + " on one line, " + where);
            }
            String text = String.join(" ", lines);
            for (String part : text.split(" · ")) {
                // The number and its word, a non-breaking space between them in Polish: "11 minut czytania", "2,794 words".
                if (part.matches("[\\d,\u00a0]+[ \u00a0](minut|minuty|minuta|minute|słów|słowa|słowo|words?)\\b.*")) {
                    assertTrue(lines.stream().anyMatch(l -> l.contains(part)), part + " on one line, " + where);
                }
            }
        }
    }

    /**
     * The live score bar's "0 punktów z 65 · Na razie nic alarmującego" on a phone: the "·" ends the score's line, the band
     * has the next. The maximum and the first result's title are read from the quiz's content file ({@link ContentQuiz}).
     */
    @Test
    void theLiveScoreBarBreaksAfterTheBandsSeparator() throws IOException {
        ContentQuiz pl = ContentQuiz.of(site.project().resolve("content"), QuizPageBrowserTest.PL_QUIZ_FILE);
        ContentQuiz en = ContentQuiz.of(site.project().resolve("content"), QuizPageBrowserTest.EN_QUIZ_FILE);
        for (String[] page : List.of(new String[]{QuizPageBrowserTest.PL_QUIZ, "0 punktów z " + pl.maximum(), pl.result().title()},
                new String[]{QuizPageBrowserTest.EN_QUIZ, "0 points of " + en.maximum(), en.result().title()})) {
            open(page[0], 390);
            WebElement status = chrome.findElement(By.cssSelector("[data-quiz-status]"));
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
            List<String> lines = lines(chrome.findElement(By.cssSelector(".quiz-live")));
            assertEquals(page[2], lines.get(lines.size() - 1), page[0] + ": " + lines);
            assertTrue(lines.get(lines.size() - 2).endsWith(page[1] + " ·"), page[0] + ": " + lines);
            assertEquals(page[1] + " · " + page[2], status.getText().strip().replace('\u00a0', ' '), "read out as one sentence, as before");
            js("document.getElementById('quiz').scrollIntoView()");
            screenshot(page[0].split("/")[1] + "-quiz-live-bar-390");
            dark(page[0].split("/")[1] + "-quiz-live-bar-390-dark");
        }
    }

    private static void open(String page, int width) {
        chrome.manage().window().setSize(new Dimension(width, 900));
        chrome.get(base + page);
    }

    private static List<String> lines(String selector) {
        return lines(chrome.findElement(By.cssSelector(selector)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(WebElement element) {
        return (List<String>) js(RenderedLines.SCRIPT, element);
    }
}
