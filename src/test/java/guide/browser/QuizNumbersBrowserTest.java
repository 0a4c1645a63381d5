package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The numbers the quiz writes, as the page's language writes them: the test site's quiz made 110 statements of 10 points
 * each, 1100 in all, written "1,100" in English and "1100" in Polish (CLDR groups a Polish number of five digits or more),
 * as the build writes the table of results. The script wrote "1100" in English, and so did the total without JavaScript.
 * Ticked alike, both languages score the same and reach the same result. The test site's style sheet shows no total
 * without JavaScript: its CSS counter cannot group digits, so the build stops at an English quiz of 1,000 points or more
 * while one shows it ({@code guide.check.QuizTotalGrouping}); a site that leaves the total to the script may have one.
 */
class QuizNumbersBrowserTest extends PreviewBrowserTest {
    private static final int PER_SIGN = 55;
    private static final String TICKED = IntStream.range(0, 2 * PER_SIGN - 1).mapToObj(i -> "s" + i).collect(Collectors.joining(","));

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path css = project.resolve("assets/css/quiz.css");
        Files.writeString(css, Files.readString(css, StandardCharsets.UTF_8).replaceAll("(?m)^.*(counter-increment: quiz-total|counter\\(quiz-total\\)).*\\n", ""),
                StandardCharsets.UTF_8);
        bigQuiz(project.resolve("content/en/client-quiz.md"), "Payments", "Communication", "The client did thing", "Calm", "Talk", "Exit");
        bigQuiz(project.resolve("content/pl/test-klienta.md"), "Płatności", "Komunikacja", "Klient zrobił rzecz", "Spokój", "Rozmowa", "Rozstanie");
        browse(project);
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The quiz in {@code file} with its body replaced: two signs of 55 statements of 10 points, and three results. */
    private static void bigQuiz(Path file, String first, String second, String statement, String... bands) throws IOException {
        String head = Files.readString(file, StandardCharsets.UTF_8).split("~~~~~~")[0].replaceAll("(?m)^sourceRevision=.*\\n", "");
        StringBuilder body = new StringBuilder(head).append("~~~~~~\n\nTick.\n");
        for (int sign = 0; sign < 2; sign++) {
            body.append("\n## ").append(sign + 1).append(". ").append(sign == 0 ? first : second).append(" {#sign").append(sign).append("}\n\n");
            for (int i = sign * PER_SIGN; i < (sign + 1) * PER_SIGN; i++) {
                body.append("- [ ] ").append(statement).append(' ').append(i).append(". {#s").append(i).append(" points=10}\n");
            }
        }
        body.append("\n## Result {#results}\n\n### ").append(bands[0]).append(" {#calm points=0-99}\n\nA.\n\n### ")
                .append(bands[1]).append(" {#talk points=100-999}\n\nB.\n\n### ").append(bands[2]).append(" {#exit points=1000-1100}\n\nC.\n");
        Files.writeString(file, body, StandardCharsets.UTF_8);
    }

    @Test
    void theScoreAndItsMaximumAreWrittenAsThePageLanguageWritesThem() throws IOException {
        for (String[] page : List.of(
                new String[]{"/en/client-quiz/", "1,090 points of 1,100", "Statements ticked: 109 of 110", "540 points of 550", "1,000–1,100 points"},
                new String[]{"/pl/test-klienta/", "1090 punktów z 1100", "Zaznaczone zdania: 109 z 110", "540 punktów z 550", "1000–1100 punktów"})) {
            chrome.get(base + page[0] + "#a=" + TICKED);
            assertEquals(page[1], text("[data-quiz-score]"), page[0] + ": the score");
            assertEquals(page[2], text("[data-quiz-ticked]"), page[0]);
            assertEquals(page[3], text(".quiz-breakdown li:last-child .quiz-breakdown-score"), page[0] + ": the lower sign's score");
            assertEquals(page[4], text("tr#band-exit .quiz-range"), page[0] + ": the build's range, for comparison");
            assertEquals("exit", chrome.findElement(By.cssSelector("tr[aria-current]")).getDomAttribute("data-band"), page[0] + ": the same result in each language");
            js("document.getElementById('result').scrollIntoView()");
            screenshot(page[0].substring(1, 3) + "-quiz-numbers-1280");
        }
    }

    /** Without JavaScript the maximum after "of" is the build's text (a site whose stylesheet adds up the points shows the sum before it). */
    @Test
    void theTotalWithoutJavaScriptWritesItsMaximumAsThePageLanguageWritesIt() {
        ChromeDriver plain = Browser.start(false);
        try {
            for (String[] page : List.of(new String[]{"/en/client-quiz/", "Your total so far:  of 1,100"},
                    new String[]{"/pl/test-klienta/", "Suma punktów zaznaczonych zdań:  z 1100"})) {
                plain.get(base + page[0]);
                assertEquals(page[1], plain.findElement(By.cssSelector("[data-quiz-total-line]")).getDomProperty("textContent")
                        .replace('\u00a0', ' '), page[0]);
            }
        } finally {
            plain.quit();
        }
    }

    private static String text(String selector) {
        return chrome.findElement(By.cssSelector(selector)).getText().replace('\u00a0', ' ');
    }
}
