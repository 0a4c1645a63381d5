package guide.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Keeps a footnote's "↩" with the note's last word: flexmark puts a line break between the note's
 * text and each back link, where a narrow screen may wrap and leave the "↩" alone on a line. This
 * pass puts a no-break space there instead (and between a note's back links, when it is cited more
 * than once); the space stays as wide as before.
 */
final class FootnoteBackLinks {
    private static final Evaluator BACK_LINKS = Selector.evaluatorOf(".footnotes li > a.footnote-backref");
    private static final String NO_BREAK_SPACE = "\u00a0";

    private FootnoteBackLinks() {
    }

    static void apply(Document doc) {
        // flexmark writes a back link after a line break of its own, after the note's last block or the
        // note's previous back link, never after text or an element.
        for (Element back : doc.select(BACK_LINKS)) {
            if (back.previousSibling() instanceof TextNode lineBreak && lineBreak.isBlank()) {
                lineBreak.text(NO_BREAK_SPACE);
            }
        }
    }
}
