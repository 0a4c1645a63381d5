package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The quiz result's buttons ("Link do tego wyniku", "Kopiuj link", "Drukuj wynik", "Wyczyść odpowiedzi") each keep
 * their label on one line, from a phone to a wide screen, in both languages: at 1280 px "Wyczyść odpowiedzi" was
 * squeezed into the row's last room and broke over two lines. The buttons may wrap, each as a whole.
 */
class QuizResultButtonsBrowserTest extends PreviewBrowserTest {
    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    @Test
    void noButtonOfTheResultBreaksItsLabelOverLines() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String page : List.of(QuizPageBrowserTest.PL_QUIZ, QuizPageBrowserTest.EN_QUIZ)) {
            for (int width : List.of(390, 768, 1024, 1280)) {
                openWithEveryStatementTicked(page, width);
                for (WebElement button : chrome.findElements(By.cssSelector(".quiz-actions > *"))) {
                    @SuppressWarnings("unchecked")
                    List<String> lines = (List<String>) js(RenderedLines.SCRIPT, button);
                    if (lines.size() != 1) {
                        broken.add(page + " at " + width + " px: " + lines);
                    }
                }
                if (width == 390 || width == 1280) {
                    js("document.querySelector('.quiz-actions').scrollIntoView({block: 'center'})");
                    String name = page.split("/")[1] + "-quiz-result-buttons-" + width;
                    screenshot(name);
                    dark(name + "-dark");
                }
            }
        }
        assertEquals(List.of(), broken, "a result's button with its label broken over lines");
    }

    /** The quiz with every statement ticked, its result shown. */
    private static void openWithEveryStatementTicked(String page, int width) {
        chrome.manage().window().setSize(new Dimension(width, 900));
        chrome.get("about:blank");
        chrome.get(base + page);
        js("document.querySelectorAll('.quiz-item input').forEach(box => box.click())");
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector("[data-quiz-result]")).isDisplayed());
    }
}
