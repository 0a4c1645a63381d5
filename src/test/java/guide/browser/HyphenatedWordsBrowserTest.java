package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's words with a one-letter prefix or an abbreviation's ending ("e-mailem", "e-Faktur", "CMS-u",
 * "e-invoicing") as the pages draw them on phones: no line ends at their hyphen. At 390 px the Polish 5-signs article's
 * quoted contract clause ended a line with "e-" and began the next with "mailem,".
 */
class HyphenatedWordsBrowserTest extends PreviewBrowserTest {
    private static final String PL_SIGNS = "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/";
    /** The words as the pages write them, each found by its hyphen. */
    private static final List<String> WORDS = List.of("e-mailem", "e-Faktur", "CMS-u", "e-invoicing");
    /** The words in {@code arguments[0]} wherever the page writes them; each must have its hyphen and the next letter on one line. */
    private static final TwoLineScan AT_HYPHENS = new TwoLineScan("""
            const pieces = text => arguments[0].flatMap(word => {
              const hyphen = word.indexOf('-'), places = [];
              for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                places.push({at, length: word.length, first: at + hyphen, second: at + hyphen + 1});
              }
              return places;
            });
            """, WORDS);

    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    /** The quoted clause at 390 px: "e-mailem," whole on one line, as the reader of the issue saw it broken. */
    @Test
    void theContractClauseKeepsEMailemOnOneLineOnAPhone() throws IOException {
        openAt(PL_SIGNS, 390);
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) js(RenderedLines.SCRIPT,
                chrome.findElement(By.xpath("//p[contains(., 'Zamawiającego e-mailem')]")));
        assertTrue(lines.stream().anyMatch(line -> line.contains("e-mailem,")), "e-mailem on one line: " + lines);
        js("[...document.querySelectorAll('p')].find(p => p.textContent.includes('Zamawiającego e-mailem')).scrollIntoView()");
        screenshot("pl-article-e-mailem-390");
    }

    /**
     * The share link "Wyślij e-mailem", a button whose text the browser lays out as a flex item: the word's span around
     * "e-mailem" once made the words around it items of their own, and the space between them vanished ("Wyślije-mailem").
     */
    @Test
    void aShareButtonKeepsTheSpaceBeforeItsKeptWord() throws IOException {
        for (int width : List.of(390, 1280)) {
            openAt(PL_SIGNS, width);
            WebElement link = chrome.findElement(By.cssSelector(".share a[href^='mailto:']"));
            assertEquals(List.of("Wyślij e-mailem"), js(RenderedLines.SCRIPT, link), "at " + width + " px");
        }
        js("document.querySelector('.share').scrollIntoView()");
        screenshot("pl-share-e-mailem-1280");
    }

    /** The words' hyphens on the pages that have them, at each width from 320 to 480 px and at 768 px: never a line's end. */
    @Test
    void noLineEndsAtTheHyphenOfAWordWithAOneLetterPrefixOrAnAbbreviationsEnding() {
        List<String> broken = new ArrayList<>();
        for (String page : List.of(PL_SIGNS, "/en/5-signs-its-time-to-fire-a-client/", "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/")) {
            openAt(page, 320);
            assertTrue(AT_HYPHENS.drawn() > 0, page + " still writes one of " + WORDS);
            broken.addAll(AT_HYPHENS.brokenAtEachWidth(page));
        }
        assertEquals(List.of(), broken, "a line ends at the word's hyphen");
    }
}
