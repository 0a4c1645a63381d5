package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small headings drawn in capitals (the table of contents', the footnotes', sharing's, the quick links', a home page's
 * list of articles) reach screen readers as written: Chromium's accessibility tree, the one screen readers are given,
 * named them "PRZYPISY" and "SPIS TREŚCI" while the style said {@code text-transform: uppercase}, and some screen
 * readers read capitals letter by letter or louder. Compared with the headings' text in the page.
 */
class HeadingCaseBrowserTest extends PreviewBrowserTest {

    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    @Test
    void headingsInCapitalsAreReadAsWritten() throws IOException {
        for (String page : List.of("/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/", "/en/5-signs-its-time-to-fire-a-client/", "/pl/", "/en/")) {
            chrome.manage().window().setSize(new Dimension(1280, 900));
            chrome.get(base + page);
            @SuppressWarnings("unchecked")
            List<String> written = (List<String>) js("""
                    return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(h => h.getClientRects().length)
                      .map(h => h.textContent.replace(/\\s+/g, ' ').trim());""");
            assertTrue((Boolean) js("return !!document.querySelector('.footnotes h2, .article-list > h2')"), page + " has a small heading in capitals");
            assertEquals(written.stream().sorted().toList(), axHeadings().stream().sorted().toList(),
                    page + ": the headings' names in the accessibility tree, as written");
        }
        chrome.get(base + "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/");
        js("document.querySelector('.footnotes h2').scrollIntoView()");
        screenshot("pl-article-footnotes-heading-1280");
        dark("pl-article-footnotes-heading-1280-dark");
    }

    /** The names of the headings in Chromium's accessibility tree, no-break spaces as spaces. */
    @SuppressWarnings("unchecked")
    private static List<String> axHeadings() {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chrome.executeCdpCommand("Accessibility.getFullAXTree", Map.of()).get("nodes");
        List<String> names = new ArrayList<>();
        for (Map<String, Object> node : nodes) {
            if (!Boolean.TRUE.equals(node.get("ignored")) && "heading".equals(value(node.get("role")))) {
                names.add(String.valueOf(value(node.get("name"))).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim());
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object axValue) {
        return axValue == null ? null : ((Map<String, Object>) axValue).get("value");
    }
}
