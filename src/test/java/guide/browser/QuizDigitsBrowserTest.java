package guide.browser;

import guide.build.SiteBuilder;
import guide.site.ProjectFixture;
import guide.site.ThirdLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A language whose digits are not Latin reads its quiz's numbers in its own digits with JavaScript and without. Marathi
 * ({@code mr-IN}, {@code src/test/resources/fixture-mr}) writes numbers with Devanagari digits: the build writes the
 * maximum "१७" and the table's ranges "१२–१७", quiz.js the score "१२ गुण of १७" (the browser's {@code Intl}), and without
 * JavaScript the stylesheet's counter wrote the total "12" beside them, "Your total so far: 12 of १७", until the page
 * named its digits and digits.css gave the counter the {@code devanagari} style. Its numbered lists and footnotes read
 * "1.", "1" and "↩1" until the same sheet gave lists the style and the build wrote the footnote numbers in those digits.
 * Nepali ({@code ne-NP}, {@code src/test/resources/fixture-ne}) writes them with Devanagari digits too in CLDR, as the
 * build does with ICU4J, but Chromium's {@code Intl} writes Latin ones for it: quiz.js wrote "12 points of १७" beside
 * the build's "१७" and the total without JavaScript, "१२ of १७", until the page handed its scripts the digits the build
 * chose ({@code <html data-digit-symbols>}).
 * The site is served as a host that sends its headers, the Content Security Policy among them, which allows no inline style.
 */
class QuizDigitsBrowserTest {
    @TempDir
    static Path temp;
    static HostRulesServer host;
    static ChromeDriver withScript;
    static ChromeDriver withoutScript;

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        // Marathi, whose CLDR numbering system is Devanagari ("१७" for 17) in ICU4J and in Chromium's Intl alike; its
        // content (a home page, an about page and a quiz of 17 points) and words test numbers, not translation.
        new ThirdLanguage("mr", Map.of("locale", "mr-IN"),
                new ThirdLanguage.AuthorWords("Web designer", "Web designer.", "The test editors", "Editorial team", "The editors."),
                new ThirdLanguage.Names("marathijskim oryginałem", "marathijskim oryginale", "tylko po marathi", "po marathi"),
                new ThirdLanguage.Names("the Marathi original", "the Marathi original", "available in Marathi only", "in Marathi"))
                .addTo(project);
        // Nepali, Devanagari digits in ICU4J's CLDR data, Latin ones in Chromium's Intl (156, December 2026); its words are
        // English but for its name: the test is about the digits of the quiz's content, Marathi's quiz in Nepali.
        new ThirdLanguage("ne", Map.of("locale", "ne-NP"),
                new ThirdLanguage.AuthorWords("Web designer", "Web designer.", "The test editors", "Editorial team", "The editors."),
                new ThirdLanguage.Names("nepalskim oryginałem", "nepalskim oryginale", "tylko po nepalsku", "po nepalsku"),
                new ThirdLanguage.Names("the Nepali original", "the Nepali original", "available in Nepali only", "in Nepali"))
                .addTo(project);
        new SiteBuilder(project).build(project.resolve("site"));
        host = new HostRulesServer(project.resolve("site"), true);
        withScript = Browser.start(true);
        withoutScript = Browser.start(false);
    }

    @AfterAll
    static void quit() {
        withScript.quit();
        withoutScript.quit();
        host.close();
    }

    @Test
    void theTotalAndTheResultReadInTheSameDigitsWithAndWithoutJavaScript() {
        tickThreeStatements("mr");
        assertAll(
                () -> assertEquals("Your total so far: १२ of १७", PaintedText.of(withoutScript, "data-quiz-total-line"),
                        "without JavaScript: 3 + 7 + 2 points ticked, the stylesheet's counter"),
                () -> assertEquals("१२ गुण of १७", text(withScript, "[data-quiz-score]"), "with JavaScript: the script's score (Intl, mr-IN)"),
                () -> assertEquals("१२–१७ गुण", text(withoutScript, "tr#band-exit .quiz-range"), "the build's range of the result (ICU4J, mr-IN)"),
                () -> assertEquals("(७ गुण)", text(withoutScript, "label[for=q-refuses] .quiz-points"), "the build's points of a statement"));
    }

    /**
     * Nepali, whose digits Chromium's {@code Intl} does not write ("12" for {@code ne-NP}): the script's score and its live bar
     * read "१२" as the build's maximum and the total without JavaScript do.
     */
    @Test
    void aLanguageWhoseDigitsTheBrowserDoesNotWriteReadsInThemWithJavaScript() {
        tickThreeStatements("ne");
        assertEquals("12", withScript.executeScript("return new Intl.NumberFormat('ne-NP').format(12)"),
                "what the test is about: Chromium's Intl writes Latin digits for Nepali, where CLDR in ICU4J writes Devanagari ones");
        assertAll(
                () -> assertEquals("Your total so far: १२ of १७", PaintedText.of(withoutScript, "data-quiz-total-line"),
                        "without JavaScript: the stylesheet's counter, as before"),
                () -> assertEquals("१२ points of १७", text(withScript, "[data-quiz-score]"), "with JavaScript: the script's score"),
                () -> assertEquals("१२ points of १७ · Plan your exit", text(withScript, "[data-quiz-status]"), "the live bar"),
                () -> assertEquals("१२–१७ points", text(withoutScript, "tr#band-exit .quiz-range"), "the build's range of the result (ICU4J, ne-NP)"));
    }

    /** Opens {@code lang}'s quiz without JavaScript, ticking 3 + 7 + 2 points, and with JavaScript with the same answers in its address. */
    private static void tickThreeStatements(String lang) {
        withoutScript.get(host.base() + "/" + lang + "/client-quiz/");
        for (String id : new String[]{"late", "refuses", "silent"}) {
            WebElement box = withoutScript.findElement(By.id("q-" + id));
            withoutScript.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            box.click();
        }
        withScript.get(host.base() + "/" + lang + "/client-quiz/#a=late,refuses,silent");
    }

    /**
     * The page's other numbers: a band's numbered list and the notes' list (their markers, written by the style sheets), the
     * references to the note cited twice, its back links' numbers and their names, which hold what the links show.
     */
    @Test
    void numberedListsAndFootnotesReadInTheSameDigits() {
        withoutScript.get(host.base() + "/mr/client-quiz/");
        withScript.get(host.base() + "/mr/client-quiz/#a=late");
        List<WebElement> refs = withoutScript.findElements(By.cssSelector("a.footnote-ref"));
        List<WebElement> backs = withoutScript.findElements(By.cssSelector(".footnotes li a.footnote-backref"));
        assertAll(
                () -> assertEquals("devanagari", marker(withoutScript, "//li[contains(., 'Send the invoice')]"), "the band's numbered list"),
                () -> assertEquals("devanagari", marker(withoutScript, "//*[contains(@class, 'footnotes')]//li"), "the notes' list"),
                () -> assertEquals(List.of("१", "१"), refs.stream().map(WebElement::getText).toList(), "the references in the text"),
                () -> assertEquals(List.of("↩१", "↩२"), backs.stream().map(b -> b.getText().replace("\u00a0", "")).toList(), "the back links"),
                () -> assertEquals(List.of("Back to reference १, १ of २", "Back to reference १, २ of २"),
                        backs.stream().map(b -> b.getAttribute("aria-label")).toList(), "their names, which hold what they show"),
                () -> assertEquals("none", marker(withScript, "//ol[contains(@class, 'quiz-breakdown')]/li"),
                        "a list styled without markers (the script's score by section) keeps its style"));
    }

    /** The list style of the first list item {@code xpath} finds, which writes its marker. */
    private static String marker(ChromeDriver chrome, String xpath) {
        WebElement item = chrome.findElement(By.xpath(xpath));
        return (String) chrome.executeScript("return getComputedStyle(arguments[0]).listStyleType", item);
    }

    private static String text(ChromeDriver chrome, String selector) {
        return chrome.findElement(By.cssSelector(selector)).getText().replace('\u00a0', ' ');
    }
}
