package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The lines a screen reader reads out as they change (live regions): the search's "5 results" and the quiz's "Link
 * copied." A screen reader hears a live region's changes only once the region is in the page's accessibility tree; one
 * that is hidden ({@code display: none}) while empty joins the tree together with its first words, and NVDA and
 * VoiceOver with Chromium then often stay silent. So each must be in the tree, empty, before it speaks.
 */
class LiveRegionsBrowserTest extends PreviewBrowserTest {
    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.testSite());
    }

    @Test
    void theSearchStatusIsReadyToSpeakWhenThePanelOpens() {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        chrome.get(base + "/pl/");
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        assertEquals("", chrome.findElement(By.cssSelector("[data-search-status]")).getAttribute("textContent"));
        assertInTheTree("[data-search-status]");
    }

    @Test
    void theQuizsCopiedLineIsReadyToSpeakBeforeTheLinkIsCopied() {
        chrome.manage().window().setSize(new Dimension(390, 900));
        chrome.get(base + "/pl/test-klienta/");
        assertEquals("", chrome.findElement(By.cssSelector("[data-quiz-copied]")).getAttribute("textContent"));
        assertInTheTree("[data-quiz-copied]");
    }

    /** The element is in Chromium's accessibility tree, as a live region ({@code status}), not left out of it. */
    private static void assertInTheTree(String selector) {
        Object root = ((Map<?, ?>) chrome.executeCdpCommand("DOM.getDocument", Map.of("depth", 0)).get("root")).get("nodeId");
        Object node = chrome.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).get("nodeId");
        Map<?, ?> ax = (Map<?, ?>) ((List<?>) chrome.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("nodeId", node, "fetchRelatives", false)).get("nodes")).get(0);
        assertFalse(Boolean.TRUE.equals(ax.get("ignored")), selector + " is left out of the accessibility tree: " + ax.get("ignoredReasons"));
        assertEquals("status", ((Map<?, ?>) ax.get("role")).get("value"), selector);
    }
}
