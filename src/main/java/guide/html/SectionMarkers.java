package guide.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Marks the sections of a translation that are behind its source, in place: a short note right
 * after the section's heading ("This section was updated in the Polish original on 3 March 2027.
 * Read it in the original"). The section is the element with the marker's anchor as id: a heading
 * gets the note after it; a container (a quiz sign, the quiz's table of bands) after its
 * first heading. An anchor the page does not have gets nothing.
 */
public final class SectionMarkers {
    private SectionMarkers() {
    }

    /**
     * One marker.
     *
     * @param anchor   the id of the section's element
     * @param text     the sentence, in the page's language
     * @param href     the same section in the original
     * @param linkText the link's words, in the page's language
     * @param linkLang the original's language
     */
    public record Marker(String anchor, String text, String href, String linkText, String linkLang) {
    }

    public static void apply(Document doc, List<Marker> markers) {
        for (Marker marker : markers) {
            Element section = doc.getElementById(marker.anchor());
            if (section == null) {
                continue;
            }
            Element heading = section.tagName().matches("h[1-6]") ? section : section.selectFirst("> h2, > h3");
            if (heading == null) {
                continue;
            }
            Element note = new Element("p").addClass("section-notice").attr("role", "note").attr("data-section-notice", marker.anchor())
                    .attr("data-search-skip", "");
            note.appendText(marker.text() + " ");
            note.appendElement("a").attr("href", marker.href()).attr("hreflang", marker.linkLang())
                    .text(marker.linkText());
            heading.after(note);
        }
    }
}
