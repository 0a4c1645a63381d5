package guide.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
        for (Element back : doc.select(BACK_LINKS)) {
            Node before = back.previousSibling();
            if (before instanceof TextNode text) {
                String whole = text.getWholeText();
                String kept = whole.stripTrailing();
                if (kept.length() < whole.length()) {
                    text.text(kept + NO_BREAK_SPACE);
                }
            } else if (before != null) {
                back.before(new TextNode(NO_BREAK_SPACE));
            }
        }
    }
}
