package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A printed article's footnotes keep their whole numbers: on paper the list's indent, which leaves room for "9.", left
 * the "1" of "10." in the page's margin, where the paper cuts it off, and the Polish "5 signs" article's tenth note
 * (since its hold-back paragraph added a note) and the English one's tenth to twelfth printed as "0.", "1." and "2.".
 */
class PrintedFootnoteNumbersBrowserTest extends PreviewBrowserTest {
    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    @Test
    void everyPrintedFootnoteStartsWithItsWholeNumber() {
        List<String> cut = new ArrayList<>();
        for (String page : List.of("/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/", "/en/5-signs-its-time-to-fire-a-client/")) {
            chrome.get(base + page);
            List<WebElement> notes = chrome.findElements(By.cssSelector(".footnotes li"));
            assertTrue(notes.size() >= 10, page + " has a two-digit note to print: " + notes.size());
            // Each note's opening words as the printout has them, white space dropped, with the number before them.
            List<String> openings = new ArrayList<>();
            for (WebElement note : notes) {
                String text = ((String) js("return arguments[0].textContent", note)).replaceAll("[\\s\\u00a0\\u202f]+", "");
                openings.add(text.substring(0, Math.min(16, text.length())));
            }
            String printed = String.join("", PrintedPages.print(chrome, 29.7));
            for (int n = 1; n <= openings.size(); n++) {
                if (!printed.contains(n + "." + openings.get(n - 1))) {
                    int at = printed.indexOf(openings.get(n - 1));
                    cut.add(page + " note " + n + " prints as \"" + printed.substring(Math.max(0, at - 3), at + openings.get(n - 1).length()) + "\"");
                }
            }
        }
        assertEquals(List.of(), cut, "a printed footnote's number cut off by the paper's margin");
    }
}
