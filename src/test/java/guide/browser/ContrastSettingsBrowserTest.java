package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real site's quiz read with the system's contrast settings: Windows high contrast (forced colours), which drops
 * every background and shadow, and "more contrast", which asks for edges that can be seen.
 */
class ContrastSettingsBrowserTest extends PreviewBrowserTest {
    private static final String EN_QUIZ = "/en/is-it-time-to-fire-this-client/";

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    @AfterEach
    void defaultSettings() {
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    /** In high contrast the sticky score bar keeps an edge: without it, the statements scrolling under it ran into the score. */
    @Test
    void inForcedColoursTheScoreBarHasAnEdge() throws IOException {
        emulate("forced-colors", "active");
        open(1280, 900);
        js("document.getElementById('q-reminders-needed').scrollIntoView({block: 'center'})");
        assertEquals("2px solid", js("const s = getComputedStyle(document.querySelector('[data-quiz-bar]'));"
                + "return s.borderTopWidth + ' ' + s.borderTopStyle"), "the bar's top edge");
        screenshot("en-quiz-forced-colours-bar");
    }

    /** In high contrast the row of the reader's result is still marked, by a bar down its left, as in colour. */
    @Test
    void inForcedColoursTheRowOfTheResultIsStillMarked() throws IOException {
        emulate("forced-colors", "active");
        open(1280, 900);
        js("document.getElementById('q-threats').click()");
        String firstCellEdges = "return [...document.querySelectorAll('.quiz-bands tbody tr')].map(r => (r.classList.contains('is-current')"
                + " ? 'current ' : '') + getComputedStyle(r.firstElementChild).borderLeftWidth).join(', ')";
        assertEquals("0px, 0px, current 6px", js(firstCellEdges), "the left edge of each row of results");
        js("document.querySelector('.quiz-bands tr.is-current').scrollIntoView({block: 'center'})");
        screenshot("en-quiz-forced-colours-current-band");
    }

    private static void emulate(String feature, String value) {
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", feature, "value", value))));
    }

    private static void open(int width, int height) {
        chrome.manage().window().setSize(new Dimension(width, height));
        chrome.get(base + EN_QUIZ);
        new WebDriverWait(chrome, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.cssSelector("[data-quiz-status]")).getText().isBlank());
    }
}
