package guide.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of an element as Chromium paints it, CSS-generated content included: the quiz's total without JavaScript is a
 * CSS counter, which neither WebDriver's text nor getComputedStyle (it gives "counter(quiz-total)") reads. Read from
 * Chromium's layout ({@code DOMSnapshot.captureSnapshot}): the text of every layout object inside the element, in order.
 */
final class PaintedText {
    private PaintedText() {
    }

    /** The painted text of the first element with the attribute {@code attribute}, its no-break spaces plain ones. */
    @SuppressWarnings("unchecked")
    static String of(ChromeDriver chrome, String attribute) {
        Map<String, Object> snapshot = chrome.executeCdpCommand("DOMSnapshot.captureSnapshot", Map.of("computedStyles", List.of()));
        List<String> strings = (List<String>) snapshot.get("strings");
        Map<String, Object> doc = ((List<Map<String, Object>>) snapshot.get("documents")).get(0);
        Map<String, Object> nodes = (Map<String, Object>) doc.get("nodes");
        List<Long> parents = (List<Long>) nodes.get("parentIndex");
        List<List<Long>> attributes = (List<List<Long>>) nodes.get("attributes");
        int element = -1;
        for (int i = 0; i < attributes.size() && element < 0; i++) {
            for (int a = 0; a < attributes.get(i).size(); a += 2) {
                if (strings.get(attributes.get(i).get(a).intValue()).equals(attribute)) {
                    element = i;
                }
            }
        }
        Map<String, Object> layout = (Map<String, Object>) doc.get("layout");
        List<Long> layoutNodes = (List<Long>) layout.get("nodeIndex");
        List<Long> texts = (List<Long>) layout.get("text");
        List<String> painted = new ArrayList<>();
        for (int i = 0; i < layoutNodes.size(); i++) {
            if (texts.get(i) >= 0 && inside(layoutNodes.get(i).intValue(), element, parents)) {
                painted.add(strings.get(texts.get(i).intValue()));
            }
        }
        return String.join("", painted).replace('\u00a0', ' ');
    }

    private static boolean inside(int node, int ancestor, List<Long> parents) {
        for (int n = node; n >= 0; n = parents.get(n).intValue()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
