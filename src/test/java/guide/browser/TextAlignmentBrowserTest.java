package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an editor aligns is aligned for readers: a Markdown table's right-aligned column ({@code |---:|})
 * and a paragraph written {@code <p style="text-align: center">}, as README's "Add an article" allows,
 * on a copy of the real guide's Polish about page, under the site's own stylesheet and Content Security Policy.
 */
class TextAlignmentBrowserTest extends PreviewBrowserTest {

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("project"));
        Files.writeString(project.resolve("content/pl/o-przewodniku.md"), """

                | Pozycja | Godziny |
                |---|---:|
                | Projekt | 10 |

                <p style="text-align: center">Wyśrodkowany akapit.</p>
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        browse(project);
    }

    private static String textAlign(String selector) {
        return (String) js("return getComputedStyle(arguments[0]).textAlign", chrome.findElement(By.cssSelector(selector)));
    }

    @Test
    void aRightAlignedTableColumnIsRightAligned() {
        chrome.get(base + "/pl/o-przewodniku/");
        assertEquals("left", textAlign("[data-prose] tbody td:first-child"));
        assertEquals("right", textAlign("[data-prose] tbody td:last-child"), "the number column written |---:|");
        assertEquals("right", textAlign("[data-prose] th:last-child"), "its heading");
    }

    @Test
    void aParagraphWithTextAlignCenterIsCentred() {
        chrome.get(base + "/pl/o-przewodniku/");
        assertEquals("center", textAlign("[data-prose] p:last-child"), "<p style=\"text-align: center\">");
    }
}
