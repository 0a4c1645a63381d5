package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A quiz taker who leaves the answers they have given and comes back to them, on the tests' own quiz ({@link WrittenQuiz#SAMPLE},
 * on the test site) in headless Chromium:
 * the answers live in the address only (#a=…), so whatever the reader does on the page must leave them there for a reload,
 * and Back from an article the quiz links to must bring them back.
 */
class QuizAddressBrowserTest extends PreviewBrowserTest {
    private static final String PL_QUIZ = WrittenQuiz.SAMPLE.plAddress();
    private static final String PL_ARTICLE = "/pl/jak-wystawic-fakture/";
    private final QuizTakerBrowserTest taker = new QuizTakerBrowserTest();

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        WrittenQuiz.SAMPLE.writeInto(project, PL_ARTICLE, "/en/how-to-send-an-invoice/");
        browse(project);
    }

    /** "Przejdź do treści" (skip to content) half-way through, then a reload: the answers are still ticked. */
    @Test
    void aLinkToAPlaceOnThePageLeavesTheAnswersInTheAddress() throws IOException {
        taker.open(PL_QUIZ, 390, 844);
        taker.tick("invoices-late", "reminders-needed", "threats");
        assertEquals("10 punktów z 17 · Odejdź", taker.status(), "3 + 2 + 5 points, and 'threats' decides 'exit'");
        js("window.scrollTo(0, 0); document.querySelector('a.skip-link').focus()");
        new Actions(chrome).sendKeys(Keys.ENTER).perform();
        taker.settle();
        assertEquals("main", js("return document.activeElement.id"), "the skip link still takes the reader to the content");
        assertEquals(base + PL_QUIZ + "#a=invoices-late,reminders-needed,threats", chrome.getCurrentUrl());
        chrome.navigate().refresh();
        taker.waitForStatus();
        assertEquals(List.of("invoices-late", "reminders-needed", "threats"), taker.ticked());
        assertEquals("10 punktów z 17 · Odejdź", taker.status());
        screenshot("pl-quiz-reload-after-skip-link-390");
    }

    /** Half the answers, the article linked from the intro, Back: the answers and the score are as they were, and after a reload. */
    @Test
    void backFromTheArticleTheQuizLinksToKeepsTheAnswers() {
        taker.open(PL_QUIZ, 1280, 900);
        taker.tick("invoices-late", "free-extras", "mockery");
        WebElement article = chrome.findElement(By.cssSelector(".prose a[href='" + PL_ARTICLE + "']"));
        js("arguments[0].scrollIntoView({block: 'center'})", article);
        article.click();
        assertEquals(base + PL_ARTICLE, chrome.getCurrentUrl());
        chrome.navigate().back();
        taker.waitForStatus();
        assertEquals(List.of("invoices-late", "free-extras", "mockery"), taker.ticked());
        assertEquals("6 punktów z 17 · Porozmawiaj", taker.status(), "3 + 2 + 1 points");
        chrome.navigate().refresh();
        taker.waitForStatus();
        assertEquals(List.of("invoices-late", "free-extras", "mockery"), taker.ticked());
    }
    /**
     * The answers in the address's query, as a browser that submits the form on Enter (Firefox) puts them there when
     * JavaScript was off (?a=…&amp;a=…), or comma-separated as in the fragment: ticked, and moved to the fragment, so that a
     * reset leaves no answers in the address to come back on a reload.
     */
    @Test
    void answersInTheQueryAreTickedAndMovedToTheFragment() {
        for (String query : List.of("?a=invoices-late&a=threats", "?a=invoices-late,threats")) {
            taker.open(PL_QUIZ + query, 390, 844);
            assertEquals(List.of("invoices-late", "threats"), taker.ticked(), query);
            assertEquals(base + PL_QUIZ + "#a=invoices-late,threats", chrome.getCurrentUrl(), query);
        }
        WebElement reset = chrome.findElement(By.cssSelector("form[data-quiz] button[type=reset]"));
        js("arguments[0].scrollIntoView({block: 'center'})", reset);
        reset.click();
        taker.settle();
        assertEquals(base + PL_QUIZ, chrome.getCurrentUrl());
        chrome.navigate().refresh();
        taker.waitForStatus();
        assertEquals(List.of(), taker.ticked(), "nothing ticked after a reload");
    }

    /**
     * Answers in the query of a link that also points at a place on the page (#bands, a heading's anchor): ticked, and
     * moved to the fragment in its place, which would otherwise keep the place and lose the answers. A link whose
     * fragment already holds answers keeps those: the query's are dropped.
     */
    @Test
    void answersInTheQueryWinOverAPlaceButNotOverAnswersInTheFragment() {
        for (String place : List.of("#bands", "#result-title")) {
            taker.open(PL_QUIZ + "?a=invoices-late&a=threats" + place, 390, 844);
            assertEquals(List.of("invoices-late", "threats"), taker.ticked(), place);
            assertEquals(base + PL_QUIZ + "#a=invoices-late,threats", chrome.getCurrentUrl(), place);
        }
        taker.open(PL_QUIZ + "?a=invoices-late#a=threats", 390, 844);
        assertEquals(List.of("threats"), taker.ticked(), "the fragment's answers win");
        assertEquals(base + PL_QUIZ + "#a=threats", chrome.getCurrentUrl());
    }

    /**
     * Enter pressed on a statement submits nothing: Firefox submits a form from a checkbox on Enter (Chromium does not, so
     * this Chromium cannot press it), and without JavaScript the page would come back as ?a=…&amp;a=… with every box unticked. A
     * form whose first submit button is disabled is never submitted implicitly (HTML's implicit submission).
     */
    @Test
    void theQuizsFirstSubmitButtonIsDisabledSoEnterSubmitsNothing() {
        taker.open(PL_QUIZ, 390, 844);
        assertEquals(Boolean.TRUE, js("const b = document.querySelector('form[data-quiz] :is(button, input)[type=submit]');"
                + "return !!b && b.disabled && b.compareDocumentPosition(document.querySelector('form[data-quiz] input[name=a]'))"
                + " === Node.DOCUMENT_POSITION_FOLLOWING && b.matches(':default');"),
                "the form's default button, before its first statement, is disabled");
    }
}
