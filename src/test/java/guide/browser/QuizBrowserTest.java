package guide.browser;

import com.deque.html.axecore.results.Rule;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quiz taker in headless Chromium, in both languages, on the test site's quiz: statements worth
 * late 1, reminded 2, refuses 3 (decides=exit), slow 1, shouts 4, changes 2 points (13 in all);
 * bands calm 0-3, talk 4-7, exit 8-13 (src/test/resources/fixture-site/content/pl/test-klienta.md).
 */
class QuizBrowserTest extends PreviewBrowserTest {
    static final String PL_QUIZ = "/pl/test-klienta/";
    static final String EN_QUIZ = "/en/client-quiz/";


    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyProject(temp.resolve("project")));
    }

    @Test
    void tickingKnownStatementsGivesTheExactScoreBandAndPolishPlural() throws IOException {
        open(PL_QUIZ, 390);
        tick("late", "reminded", "slow");
        assertEquals("4 punkty z 13 · Porozmawiaj z klientem", status());
        assertEquals("Porozmawiaj z klientem", chrome.findElement(By.cssSelector("tr.is-current .quiz-band-title")).getText());
        assertTrue(chrome.findElement(By.cssSelector("[data-quiz-band]")).getText().startsWith("Porozmawiaj z klientem"));
        screenshot("pl-quiz-result-390");

        open(EN_QUIZ, 1280);
        tick("late", "reminded", "slow");
        assertEquals("4 points of 13 · Talk to the client", status());
        screenshot("en-quiz-result-1280");
    }

    /** The lowest and highest total of every band, in both languages: a band lookup off by one shows the wrong band or none. */
    @Test
    void everyBandsLowestAndHighestTotalGivesThatBand() {
        Map<List<String>, String[]> cases = new LinkedHashMap<>();
        cases.put(List.of(), new String[]{"0 punktów z 13 · Na razie brak sygnałów alarmowych", "0 points of 13 · No red flags yet"});
        cases.put(List.of("late", "reminded"), new String[]{"3 punkty z 13 · Na razie brak sygnałów alarmowych", "3 points of 13 · No red flags yet"});
        cases.put(List.of("shouts"), new String[]{"4 punkty z 13 · Porozmawiaj z klientem", "4 points of 13 · Talk to the client"});
        cases.put(List.of("late", "reminded", "shouts"), new String[]{"7 punktów z 13 · Porozmawiaj z klientem", "7 points of 13 · Talk to the client"});
        cases.put(List.of("reminded", "shouts", "changes"), new String[]{"8 punktów z 13 · Zaplanuj rozstanie", "8 points of 13 · Plan your exit"});
        cases.put(List.of("late", "reminded", "refuses", "slow", "shouts", "changes"),
                new String[]{"13 punktów z 13 · Zaplanuj rozstanie", "13 points of 13 · Plan your exit"});
        for (Map.Entry<List<String>, String[]> c : cases.entrySet()) {
            open(PL_QUIZ, 1280);
            tick(c.getKey().toArray(String[]::new));
            assertEquals(c.getValue()[0], status(), c.getKey().toString());
            open(EN_QUIZ, 1280);
            tick(c.getKey().toArray(String[]::new));
            assertEquals(c.getValue()[1], status(), c.getKey().toString());
        }
    }

    /** A statement with decides=exit puts the result in that band whatever the sum, and the result says which one did. */
    @Test
    void aDecisiveStatementDecidesTheBandAndIsNamed() throws IOException {
        open(PL_QUIZ, 390);
        tick("refuses");
        assertEquals("3 punkty z 13 · Zaplanuj rozstanie", status());
        assertEquals("Dlaczego: zaznaczone zdanie „Klient oświadczył, że nie zapłaci” samo przesądza o wyniku „Zaplanuj rozstanie”, niezależnie od sumy punktów.",
                chrome.findElement(By.cssSelector("[data-quiz-decided]")).getText());
        screenshot("pl-quiz-decided-390");
        untick("refuses");
        tick("late");
        assertEquals("1 punkt z 13 · Na razie brak sygnałów alarmowych", status());
        assertFalse(chrome.findElement(By.cssSelector("[data-quiz-decided]")).isDisplayed(), "no explanation when the sum decides");

        open(EN_QUIZ, 1280);
        tick("refuses", "slow");
        assertEquals("4 points of 13 · Plan your exit", status());
        assertEquals("Why: the statement you ticked, “The client said they will not pay”, decides the result “Plan your exit” on its own, whatever the total.",
                chrome.findElement(By.cssSelector("[data-quiz-decided]")).getText());
    }

    @Test
    void polishPluralFormsFollowTheNumber() {
        Map<List<String>, String> expected = new LinkedHashMap<>();
        expected.put(List.of("late"), "1 punkt z 13");
        expected.put(List.of("reminded"), "2 punkty z 13");
        expected.put(List.of("late", "shouts"), "5 punktów z 13");
        expected.put(List.of("reminded", "refuses", "slow", "shouts", "changes"), "12 punktów z 13");
        expected.put(List.of(), "0 punktów z 13");
        for (Map.Entry<List<String>, String> e : expected.entrySet()) {
            open(PL_QUIZ, 1280);
            tick(e.getKey().toArray(String[]::new));
            assertTrue(status().startsWith(e.getValue() + " · "), e.getKey() + " → " + status());
        }
        open(EN_QUIZ, 1280);
        tick("late");
        assertTrue(status().startsWith("1 point of 13 · "), status());
    }

    @Test
    void theQuizCanBeTakenWithTheKeyboardAlone() {
        open(PL_QUIZ, 1280);
        List<WebElement> boxes = chrome.findElements(By.cssSelector("form[data-quiz] input[type=checkbox]"));
        ((JavascriptExecutor) chrome).executeScript("document.activeElement.blur(); window.scrollTo(0,0)");
        Actions keys = new Actions(chrome);
        int guard = 0;
        while (!boxes.get(0).equals(chrome.switchTo().activeElement()) && guard++ < 60) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(boxes.get(0), chrome.switchTo().activeElement(), "Tab reaches the first statement");
        keys.sendKeys(Keys.SPACE).perform();
        keys.sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.SPACE).perform();
        int expected = Integer.parseInt(boxes.get(0).getDomAttribute("data-points")) + Integer.parseInt(boxes.get(2).getDomAttribute("data-points"));
        assertTrue(boxes.get(0).isSelected() && !boxes.get(1).isSelected() && boxes.get(2).isSelected());
        assertTrue(status().startsWith(expected + " punkt"), status());
    }

    @Test
    void aShareLinkReproducesTheAnswersAndSwitchingLanguageKeepsThem() {
        open(PL_QUIZ, 1280);
        tick("late", "shouts", "changes");
        String resultPl = status();
        String link = chrome.findElement(By.cssSelector("[data-quiz-share]")).getAttribute("href");
        assertTrue(link.contains("#"), link);

        chrome.get("about:blank");
        chrome.get(link);
        waitForStatus();
        assertEquals(List.of("late", "shouts", "changes"), ticked());
        assertEquals(resultPl, status());

        chrome.findElement(By.cssSelector("a[data-lang-switch]")).click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(EN_QUIZ));
        waitForStatus();
        assertEquals(List.of("late", "shouts", "changes"), ticked());
        assertEquals("7 points of 13 · Talk to the client", status());
        assertEquals("7 punktów z 13 · Porozmawiaj z klientem", resultPl);
    }

    /**
     * A reader sent to the table of results (or to one sign) who switches language before ticking anything lands on the
     * same part of the quiz, as on an article, not at the top of the other page.
     */
    @Test
    void switchingLanguageWithoutAnswersKeepsThePartOfTheQuizTheAddressNames() {
        open(PL_QUIZ + "#bands", 1280);
        chrome.findElement(By.cssSelector("a[data-lang-switch]")).click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(EN_QUIZ));
        assertTrue(chrome.getCurrentUrl().endsWith(EN_QUIZ + "#bands"), chrome.getCurrentUrl());

        waitForStatus();
        ((JavascriptExecutor) chrome).executeScript("location.hash = '#sign-communication'");
        Browser.waitUpTo(chrome, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector("a[data-lang-switch]"))
                .getDomAttribute("href").endsWith(PL_QUIZ + "#sign-communication"));
    }

    @Test
    void aTamperedFragmentDoesNoHarm() {
        for (String fragment : List.of("#a=%3Cimg%20src=x%20onerror=alert(1)%3E,late,no-such-id,late",
                "#a=" + "x".repeat(20000), "#a=%E0%A4%A", "#a=,,,../../etc", "#bands")) {
            chrome.get("about:blank");
            chrome.get(base + PL_QUIZ + fragment);
            waitForStatus();
            assertThrows(NoAlertPresentException.class, () -> chrome.switchTo().alert());
            assertTrue(chrome.findElements(By.cssSelector("img[src=x]")).isEmpty(), "no markup from the fragment");
            List<String> ticked = ticked();
            assertTrue(ticked.isEmpty() || ticked.equals(List.of("late")), fragment + " → " + ticked);
            tick("shouts");
            assertTrue(status().contains("z 13"), "the quiz still works after " + fragment.substring(0, Math.min(30, fragment.length())));
        }
    }

    @Test
    void resetClearsAnswersAndTheLink() {
        open(PL_QUIZ, 1280);
        tick("late", "refuses");
        chrome.findElement(By.cssSelector("form[data-quiz] button[type=reset]")).click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(5)).until(d -> status().startsWith("0 punktów"));
        assertTrue(ticked().isEmpty());
        assertFalse(chrome.getCurrentUrl().contains("#a="), chrome.getCurrentUrl());
    }

    @Test
    void axeFindsNoViolationsBeforeAndAfterAnswering() {
        for (String page : List.of(PL_QUIZ, EN_QUIZ)) {
            open(page, 1280);
            assertNoViolations(page + " (initial)");
            tick("late", "refuses", "shouts");
            assertNoViolations(page + " (result)");
        }
    }

    @Test
    void withoutJavaScriptTheChecklistAndBandTableAreUsable() {
        ChromeDriver plain = Browser.start(false);
        try {
            plain.get(base + PL_QUIZ);
            WebElement first = plain.findElement(By.cssSelector("label[for=q-late]"));
            assertTrue(first.isDisplayed());
            first.click();
            assertTrue(plain.findElement(By.id("q-late")).isSelected(), "the label ticks the box");
            assertTrue(plain.findElement(By.cssSelector("label[for=q-refuses] .quiz-decides")).isDisplayed(), "decisive statements are marked");
            assertTrue(plain.findElement(By.cssSelector(".quiz-decides-rule")).isDisplayed(), "the rule is stated for manual scoring");
            assertTrue(plain.findElement(By.cssSelector("[data-quiz-manual]")).isDisplayed());
            assertTrue(plain.findElement(By.cssSelector("section.quiz-bands table")).isDisplayed());
            assertEquals(3, plain.findElements(By.cssSelector("tr[data-band]")).size());
            assertFalse(plain.findElement(By.cssSelector("[data-quiz-result]")).isDisplayed(), "the live result needs JavaScript");
            Files.write(Browser.screenshotDir().resolve("pl-quiz-nojs-1280.png"), plain.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new RuntimeException(e);
        } finally {
            plain.quit();
        }
    }

    private void assertNoViolations(String what) {
        List<Rule> violations = Accessibility.violations(chrome);
        assertTrue(violations.isEmpty(), what + ": " + violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().get(0).getTarget()).collect(Collectors.joining("; ")));
    }

    private void open(String page, int width) {
        chrome.manage().window().setSize(new Dimension(width, 900));
        chrome.get("about:blank");
        chrome.get(base + page);
        waitForStatus();
    }

    private void waitForStatus() {
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status().isBlank());
    }

    private void tick(String... ids) {
        for (String id : ids) {
            WebElement box = chrome.findElement(By.id("q-" + id));
            ((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            chrome.findElement(By.cssSelector("label[for=q-" + id + "]")).click();
            assertTrue(box.isSelected(), id);
        }
    }

    private List<String> ticked() {
        return chrome.findElements(By.cssSelector("form[data-quiz] input[type=checkbox]")).stream()
                .filter(WebElement::isSelected).map(b -> b.getDomAttribute("value")).toList();
    }

    private String status() {
        return chrome.findElement(By.cssSelector("[data-quiz-status]")).getText().strip();
    }

    private void untick(String id) {
        WebElement box = chrome.findElement(By.id("q-" + id));
        ((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        chrome.findElement(By.cssSelector("label[for=q-" + id + "]")).click();
        assertFalse(box.isSelected(), id);
    }

}
