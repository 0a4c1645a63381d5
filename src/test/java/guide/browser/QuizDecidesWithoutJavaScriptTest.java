package guide.browser;

import com.deque.html.axecore.results.Rule;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tests' own quiz ({@link WrittenQuiz#SAMPLE}, its results' titles declared there) in both languages with JavaScript
 * off: the stylesheet's total gives the sum only, so once a statement that decides the result is ticked, a note under it
 * names the least result that statement gives, that of the highest band ticked, in the page's language, with the band's
 * title from the quiz. With JavaScript the script's result says it, and the note is not there to say it twice.
 */
class QuizDecidesWithoutJavaScriptTest extends PreviewBrowserTest {

    /** The notes shown under the total, as read. */
    private static List<String> notes(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("[data-quiz-total-decides]")).stream().filter(WebElement::isDisplayed)
                .map(n -> n.getText().replace('\u00a0', ' ')).toList();
    }

    private static void tick(ChromeDriver browser, String id) {
        WebElement box = browser.findElement(By.id("q-" + id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
    }

    @Test
    void aTickedDecidingStatementNamesTheLeastResultUnderTheTotal() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        WrittenQuiz.SAMPLE.writeInto(project, "/pl/jak-wystawic-fakture/", "/en/how-to-send-an-invoice/");
        site = PreviewedSite.serve(project);
        base = site.base();
        chrome = Browser.start(false);
        for (String[] quiz : List.of(
                new String[]{WrittenQuiz.SAMPLE.plAddress(), "Zaznaczone zdanie przesądza o wyniku: co najmniej „%s”, niezależnie od sumy punktów.",
                        "Porozmawiaj", "Odejdź"},
                new String[]{WrittenQuiz.SAMPLE.enAddress(), "A statement you ticked decides the result: at least “%s”, whatever the total.",
                        "Talk it over", "Walk away"})) {
            chrome.manage().window().setSize(new Dimension(1280, 900));
            chrome.get(base + quiz[0]);
            assertEquals(List.of(), notes(chrome), quiz[0] + ": nothing ticked");
            tick(chrome, "invoices-late");
            assertEquals(List.of(), notes(chrome), quiz[0] + ": a statement that decides nothing");
            tick(chrome, "invoice-unpaid");
            assertEquals(List.of(quiz[1].formatted(quiz[2])), notes(chrome), quiz[0] + ": 3 + 4 points, 'talk' decided by 'invoice-unpaid'");
            tick(chrome, "threats");
            assertEquals(List.of(quiz[1].formatted(quiz[3])), notes(chrome), quiz[0] + ": 'talk' and 'exit' decided, the higher one only");
            List<Rule> violations = Accessibility.violationsWithoutJavaScript(chrome);
            assertTrue(violations.isEmpty(), quiz[0] + ": " + violations.stream().map(v -> v.getId() + " " + v.getNodes().get(0).getTarget())
                    .collect(Collectors.joining("; ")));
            tick(chrome, "threats");
            assertEquals(List.of(quiz[1].formatted(quiz[2])), notes(chrome), quiz[0] + ": 'exit' unticked again");
        }
        tick(chrome, "threats");
        chrome.manage().window().setSize(new Dimension(390, 900));
        chrome.executeScript("document.getElementById('q-threats').scrollIntoView({block: 'center'})");
        screenshot("en-quiz-no-js-decides-390");
        dark("en-quiz-no-js-decides-390-dark");
        chrome.manage().window().setSize(new Dimension(1280, 900));
        chrome.executeScript("document.getElementById('q-threats').scrollIntoView({block: 'center'})");
        screenshot("en-quiz-no-js-decides-1280");

        ChromeDriver scripted = Browser.start(true);
        try {
            scripted.get(base + WrittenQuiz.SAMPLE.plAddress() + "#a=threats");
            assertEquals(List.of(), notes(scripted), "with JavaScript the result says why, once");
            assertTrue(scripted.findElement(By.cssSelector("[data-quiz-decided]")).isDisplayed());
        } finally {
            scripted.quit();
        }
    }
}
