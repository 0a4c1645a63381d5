package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The footer's links on a copy of the real guide, at phone and desktop widths. */
class SiteFooterBrowserTest extends PreviewBrowserTest {
    /**
     * Each "·" the reader can see in the footer, with whether a link is beside it on its line, to the
     * left and to the right: "left right" when both are, else what is missing and its position.
     */
    private static final String SEPARATORS = """
            const footer = document.querySelector('.site-footer');
            footer.scrollIntoView({block: 'end'});
            const links = [...footer.querySelectorAll('a')].map(a => a.getBoundingClientRect());
            const sameLine = (a, b) => a.top < b.bottom && b.top < a.bottom;
            const seen = [];
            const walker = document.createTreeWalker(footer, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let i = node.data.indexOf('·'); i >= 0; i = node.data.indexOf('·', i + 1)) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const r = range.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                if (!hit || !(hit === node.parentElement || node.parentElement.contains(hit))) continue;
                const left = links.some(l => sameLine(l, r) && l.right <= r.left);
                const right = links.some(l => sameLine(l, r) && l.left >= r.right);
                seen.push(left && right ? 'left right' : 'at ' + Math.round(r.left) + ',' + Math.round(r.top)
                    + (left ? '' : ' no link before it') + (right ? '' : ' no link after it'));
              }
            }
            return seen;
            """;


    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    /** Wrapped on a phone, no line of the footer ends (or starts) with a "·"; on a wide screen both show. */
    @Test
    void aSeparatorIsOnlyEverBetweenTwoLinksOnOneLine() throws IOException {
        for (String page : List.of("/pl/nie-ma/", "/pl/test-czy-rozstac-sie-z-klientem/", "/en/nothing-here/")) {
            for (int width : List.of(320, 360, 390, 430, 1280)) {
                chrome.manage().window().setSize(new Dimension(width, 844));
                open(page);
                @SuppressWarnings("unchecked")
                List<String> separators = (List<String>) ((JavascriptExecutor) chrome).executeScript(SEPARATORS);
                separators.forEach(s -> assertEquals("left right", s, page + " at " + width + " px: a separator " + s));
                if (width == 1280) {
                    assertEquals(2, separators.size(), page + ": three links, two separators on one line");
                }
            }
        }
        chrome.manage().window().setSize(new Dimension(390, 844));
        open("/pl/nie-ma/");
        ((JavascriptExecutor) chrome).executeScript(SEPARATORS);
        screenshot("pl-notfound-footer-390");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            screenshot("pl-notfound-footer-390-dark");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** Opens a page and waits for its style sheets (the preview may be rebuilding when it is first asked). */
    static void open(String page) {
        new WebDriverWait(chrome, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(300)).until(d -> {
            chrome.get(site.base() + page);
            return (Boolean) ((JavascriptExecutor) chrome).executeScript("const links = document.querySelectorAll('link[rel=stylesheet]');"
                    + "return links.length > 0 && [...links].every(l => l.sheet && l.sheet.cssRules.length > 0)");
        });
    }

}
