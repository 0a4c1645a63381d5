package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    /**
     * How many of the words in {@code arguments[0]} the page has ({@code found}), and each whose hyphen ends a line
     * ({@code broken}): the hyphen's rectangle and the next letter's on different lines (a top lower by more than half a
     * line), as "word (…context…)".
     */
    private static final String BROKEN = """
            const broken = [];
            let found = 0;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const rect = (node, i) => {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              return [...range.getClientRects()].find(r => r.width > 0);
            };
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const word of arguments[0]) {
                const hyphen = word.indexOf('-');
                for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + 1)) {
                  found++;
                  const before = rect(node, at + hyphen), after = rect(node, at + hyphen + 1);
                  if (before && after && after.top > before.top + before.height / 2) {
                    broken.push(word + ' (' + node.data.substring(Math.max(0, at - 30), at + word.length + 10) + ')');
                  }
                }
              }
            }
            return {found, broken};
            """;

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    /** The quoted clause at 390 px: "e-mailem," whole on one line, as the reader of the issue saw it broken. */
    @Test
    void theContractClauseKeepsEMailemOnOneLineOnAPhone() throws IOException {
        open(PL_SIGNS, 390);
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
            open(PL_SIGNS, width);
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
            open(page, 320);
            assertTrue(((Number) scan().get("found")).intValue() > 0, page + " still writes one of " + WORDS);
            for (int width = 320; width <= 480; width += 2) {
                resize(width);
                scan(broken, page + " at " + width + " px: ");
            }
            resize(768);
            scan(broken, page + " at 768 px: ");
        }
        assertEquals(List.of(), broken, "a line ends at the word's hyphen");
    }

    private static void scan(List<String> broken, String where) {
        for (Object word : (List<?>) scan().get("broken")) {
            broken.add(where + word);
        }
    }

    private static Map<?, ?> scan() {
        return (Map<?, ?>) js(BROKEN, WORDS);
    }

    private static void open(String page, int width) {
        resize(width);
        chrome.get(base + page);
    }

    private static void resize(int width) {
        chrome.manage().window().setSize(new Dimension(width, 900));
    }
}
