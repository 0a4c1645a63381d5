package guide.html;

import guide.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A reader meets footnote numbers in order, even when one footnote is cited twice. */
class FootnoteOrderTest {

    private static Document rendered(String markdown) {
        Document doc = Jsoup.parse("<html><body><div data-prose>" + Markdown.toHtml(markdown) + "</div></body></html>");
        FootnoteOrder.apply(doc);
        return doc;
    }

    @Test
    void aFootnoteCitedTwiceKeepsTheNumberOfItsFirstCitation() {
        Document doc = rendered("Odsetki.[^odsetki] Rekompensata.[^rekompensata] Konsument.[^konsument]\n\n"
                + "Na koniec znów rekompensata.[^rekompensata]\n\n"
                + "[^odsetki]: Art. 7.\n\n[^rekompensata]: Art. 10.\n\n[^konsument]: Art. 481.\n");
        assertEquals(List.of("1", "2", "3", "2"), doc.select("a.footnote-ref").eachText(), "the numbers in the text");
        assertEquals(List.of("Art. 7.", "Art. 10.", "Art. 481."), doc.select(".footnotes li p").eachText(), "the list, in that order");
        for (Element ref : doc.select("a.footnote-ref")) {
            Element note = doc.getElementById(ref.attr("href").substring(1));
            assertNotNull(note, ref.outerHtml());
            assertEquals(ref.text(), String.valueOf(note.elementSiblingIndex() + 1), "number " + ref.text() + " leads to the note in that place");
        }
        for (Element back : doc.select("a.footnote-backref")) {
            Element citation = doc.getElementById(back.attr("href").substring(1));
            assertNotNull(citation, back.outerHtml());
            assertEquals(back.closest("li").id(), citation.selectFirst("a").attr("href").substring(1), "the back-link returns to a citation of its note");
        }
    }

    @Test
    void footnotesAlreadyInOrderAreLeftAsFlexmarkWroteThem() {
        String markdown = "A.[^a] B.[^b]\n\n[^a]: One.\n\n[^b]: Two.\n";
        Document plain = Jsoup.parse("<html><body><div data-prose>" + Markdown.toHtml(markdown) + "</div></body></html>");
        assertEquals(plain.body().html(), rendered(markdown).body().html());
    }
}
