package guide.html;

import guide.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A note's "↩" cannot wrap away from the note's last word: only a no-break space ({@code &nbsp;}) stands between them. */
class FootnoteBackLinksTest {

    private static Document rendered(String markdown) {
        Document doc = Jsoup.parse("<html><body><div data-prose>" + Markdown.toHtml(markdown) + "</div></body></html>");
        FootnoteBackLinks.apply(doc);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    @Test
    void theBackLinkFollowsTheNoteAfterANoBreakSpace() {
        Document doc = rendered("VAT.[^ksef]\n\n[^ksef]: Przepisy ustawy o VAT w brzmieniu z 2025 r.\n");
        Element note = doc.selectFirst(".footnotes li");
        assertEquals("<p>Przepisy ustawy o VAT w brzmieniu z 2025 r.</p>&nbsp;<a href=\"#fnref-1\" class=\"footnote-backref\">↩</a>",
                note.html().strip());
    }

    @Test
    void aNoteCitedTwiceKeepsBothBackLinksTogether() {
        Document doc = rendered("Zaliczka[^z] i zadatek.[^z]\n\n[^z]: Art. 394 k.c.\n");
        assertEquals("<p>Art. 394 k.c.</p>&nbsp;<a href=\"#fnref-1\" class=\"footnote-backref\">↩</a>&nbsp;"
                + "<a href=\"#fnref-1-1\" class=\"footnote-backref\">↩</a>", doc.selectFirst(".footnotes li").html().strip());
    }
}
