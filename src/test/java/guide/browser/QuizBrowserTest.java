package guide.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A quiz taker in headless Chromium, in both languages, on the built site. */
class QuizBrowserTest {
    static final String PL_QUIZ = "/pl/test-czy-rozstac-sie-z-klientem/";
    static final String EN_QUIZ = "/en/is-it-time-to-fire-this-client/";

    @TempDir
    static Path temp;
    static PreviewedSite site;
    static String base;
    static ChromeDriver chrome;

    @BeforeAll
    static void serve() throws Exception {
        site = PreviewedSite.start(temp.resolve("project"));
        base = site.base();
        chrome = Browser.start(true);
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void tickingKnownStatementsGivesTheExactScoreBandAndPolishPlural() throws IOException {
        open(PL_QUIZ, 390);
        tick("invoices-late", "reminders-needed", "threats");
        assertEquals("9 punktów z 58 · Ustal granice i porozmawiaj", status());
        assertEquals("Ustal granice i porozmawiaj", chrome.findElement(By.cssSelector("tr.is-current .quiz-band-title")).getText());
        assertTrue(chrome.findElement(By.cssSelector("[data-quiz-band]")).getText().startsWith("Ustal granice i porozmawiaj"));
        screenshot("pl-quiz-result-390");

        open(EN_QUIZ, 1280);
        tick("invoices-late", "reminders-needed", "threats");
        assertEquals("9 points of 58 · Set boundaries and talk", status());
        screenshot("en-quiz-result-1280");
    }

    @Test
    void polishPluralFormsFollowTheNumber() {
        Map<Integer, String> expected = new LinkedHashMap<>();
        expected.put(2, "2 punkty");
        expected.put(5, "5 punktów");
        expected.put(12, "12 punktów");
        expected.put(22, "22 punkty");
        expected.put(0, "0 punktów");
        for (Map.Entry<Integer, String> e : expected.entrySet()) {
            open(PL_QUIZ, 1280);
            tick(statementsSummingTo(e.getKey()).toArray(String[]::new));
            assertTrue(status().startsWith(e.getValue() + " z 58"), e.getKey() + " → " + status());
        }
        open(EN_QUIZ, 1280);
        tick(statementsSummingTo(2).toArray(String[]::new));
        assertTrue(status().startsWith("2 points of 58"), status());
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
        tick("invoices-late", "threats", "spec-work");
        String resultPl = status();
        String link = chrome.findElement(By.cssSelector("[data-quiz-share]")).getAttribute("href");
        assertTrue(link.contains("#"), link);

        chrome.get("about:blank");
        chrome.get(link);
        waitForStatus();
        assertEquals(List.of("invoices-late", "threats", "spec-work"), ticked());
        assertEquals(resultPl, status());

        chrome.findElement(By.cssSelector("a[data-lang-switch]")).click();
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(EN_QUIZ));
        waitForStatus();
        assertEquals(List.of("invoices-late", "threats", "spec-work"), ticked());
        assertEquals("9 points of 58 · Set boundaries and talk", status());
        assertTrue(resultPl.startsWith("9 punktów z 58"), resultPl);
    }

    @Test
    void aTamperedFragmentDoesNoHarm() {
        for (String fragment : List.of("#a=%3Cimg%20src=x%20onerror=alert(1)%3E,invoices-late,no-such-id,invoices-late",
                "#a=" + "x".repeat(20000), "#a=%E0%A4%A", "#a=,,,../../etc", "#bands")) {
            chrome.get("about:blank");
            chrome.get(base + PL_QUIZ + fragment);
            waitForStatus();
            assertThrows(NoAlertPresentException.class, () -> chrome.switchTo().alert());
            assertTrue(chrome.findElements(By.cssSelector("img[src=x]")).isEmpty(), "no markup from the fragment");
            List<String> ticked = ticked();
            assertTrue(ticked.isEmpty() || ticked.equals(List.of("invoices-late")), fragment + " → " + ticked);
            tick("threats");
            assertTrue(status().contains("z 58"), "the quiz still works after " + fragment.substring(0, Math.min(30, fragment.length())));
        }
    }

    @Test
    void resetClearsAnswersAndTheLink() {
        open(PL_QUIZ, 1280);
        tick("invoices-late", "threats");
        chrome.findElement(By.cssSelector("form[data-quiz] button[type=reset]")).click();
        new WebDriverWait(chrome, Duration.ofSeconds(5)).until(d -> status().startsWith("0 punktów"));
        assertTrue(ticked().isEmpty());
        assertFalse(chrome.getCurrentUrl().contains("#a="), chrome.getCurrentUrl());
    }

    @Test
    void axeFindsNoViolationsBeforeAndAfterAnswering() {
        for (String page : List.of(PL_QUIZ, EN_QUIZ)) {
            open(page, 1280);
            assertNoViolations(page + " (initial)");
            tick("invoices-late", "personal-attacks", "threats", "abuse-continued", "project-stalled", "cheaper-elsewhere");
            assertNoViolations(page + " (result)");
        }
    }

    @Test
    void withoutJavaScriptTheChecklistAndBandTableAreUsable() {
        ChromeDriver plain = Browser.start(false);
        try {
            plain.get(base + PL_QUIZ);
            WebElement first = plain.findElement(By.cssSelector("label[for=q-invoices-late]"));
            assertTrue(first.isDisplayed());
            first.click();
            assertTrue(plain.findElement(By.id("q-invoices-late")).isSelected(), "the label ticks the box");
            assertTrue(plain.findElement(By.cssSelector("[data-quiz-manual]")).isDisplayed());
            assertTrue(plain.findElement(By.cssSelector("section.quiz-bands table")).isDisplayed());
            assertEquals(3, plain.findElements(By.cssSelector("tr[data-band]")).size());
            assertFalse(plain.findElement(By.cssSelector("[data-quiz-result]")).isDisplayed(), "the live result needs JavaScript");
            Path png = plain.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, Browser.screenshotDir().resolve("pl-quiz-nojs-1280.png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RuntimeException(e);
        } finally {
            plain.quit();
        }
    }

    private void assertNoViolations(String what) {
        List<Rule> violations = new AxeBuilder().analyze(chrome).getViolations();
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
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> !status().isBlank());
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

    /** Statement ids whose points add up to {@code target}, read from the page (a simple subset search). */
    private List<String> statementsSummingTo(int target) {
        List<WebElement> boxes = chrome.findElements(By.cssSelector("form[data-quiz] input[type=checkbox]"));
        List<String> ids = new ArrayList<>();
        List<Integer> points = new ArrayList<>();
        for (WebElement b : boxes) {
            ids.add(b.getDomAttribute("value"));
            points.add(Integer.parseInt(b.getDomAttribute("data-points")));
        }
        List<String> chosen = new ArrayList<>();
        if (!find(points, ids, 0, target, chosen)) {
            throw new AssertionError("no statements add up to " + target);
        }
        return chosen;
    }

    private static boolean find(List<Integer> points, List<String> ids, int from, int left, List<String> chosen) {
        if (left == 0) {
            return true;
        }
        for (int i = from; i < points.size(); i++) {
            if (points.get(i) <= left) {
                chosen.add(ids.get(i));
                if (find(points, ids, i + 1, left - points.get(i), chosen)) {
                    return true;
                }
                chosen.remove(chosen.size() - 1);
            }
        }
        return false;
    }

    private static void screenshot(String name) throws IOException {
        Path png = chrome.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, Browser.screenshotDir().resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
