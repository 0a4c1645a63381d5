package guide.browser;

import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A designer changes the brand colour where the README says, {@code --accent} in {@code site.css} (light and dark), and
 * nowhere else: the quiz's ticked statements and the favicon follow it.
 */
class BrandColourBrowserTest extends PreviewBrowserTest {
    private static final String EN_QUIZ = "/en/is-it-time-to-fire-this-client/";

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("project"));
        ProjectFiles.save(project, "assets/css/site.css", css -> css.replace("--accent: #2f6b5e;", "--accent: #8b1f3a;")
                .replace("--accent: #7cc4b0;", "--accent: #f0a0b0;"));
        browse(project);
    }

    /** A tenth of the accent in the background: rgb(240, 228, 228) on #fbfaf7 in light, rgb(43, 37, 42) on #15171b in dark. */
    @Test
    void aTickedStatementIsTintedWithTheBrandColour() throws IOException {
        for (int width : List.of(390, 1280)) {
            chrome.manage().window().setSize(new Dimension(width, 900));
            chrome.get(base + EN_QUIZ);
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !d.findElement(By.cssSelector("[data-quiz-status]")).getText().isBlank());
            js("const box = document.getElementById('q-reminders-needed'); box.click(); box.blur();"
                    + "box.closest('.quiz-item').scrollIntoView({block: 'center'})");
            assertEquals("240,228,228", tint(), "light, " + width + " px");
            screenshot("brand-colour-quiz-ticked-" + width);
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            try {
                assertEquals("43,37,42", tint(), "dark, " + width + " px");
            } finally {
                chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            }
            dark("brand-colour-quiz-ticked-" + width + "-dark");
        }
    }

    @Test
    void theFaviconIsDrawnInTheBrandColour() throws Exception {
        chrome.get(base + "/en/");
        String href = (String) js("return document.querySelector('link[rel=icon]').getAttribute('href')");
        String svg = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + href)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(svg.contains("<rect width=\"32\" height=\"32\" rx=\"6\" fill=\"#8b1f3a\"/>"), svg);
    }

    /** The ticked row's computed background, as the sRGB channels a canvas paints it with. */
    private static String tint() {
        return (String) js("const bg = getComputedStyle(document.getElementById('q-reminders-needed').closest('.quiz-item')).backgroundColor;"
                + "const c = document.createElement('canvas').getContext('2d'); c.fillStyle = bg; c.fillRect(0, 0, 1, 1);"
                + "return [...c.getImageData(0, 0, 1, 1).data].slice(0, 3).join(',')");
    }
}
