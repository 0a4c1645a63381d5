package guide.html;

import guide.i18n.Digits;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.List;

/**
 * Makes the footnotes' back links readable: keeps a footnote's "↩" with the note's last word (flexmark puts a line break
 * between the note's text and each back link, where a narrow screen may wrap and leave the "↩" alone on a line: this pass
 * puts a no-break space there instead, as wide as before); names each link in the page's language ("Wróć do odsyłacza 3",
 * from {@code footnoteBack}), as a bare "↩" says nothing to a screen reader; and, for a note cited more than once, tells
 * its links apart: "↩¹ ↩²" (digits in {@code <sup>}), named "Wróć do odsyłacza 7, 1 z 2" ({@code footnoteBackOf}). A voice
 * control user says what the link shows to follow it, so its name holds that number as a word of its own (WCAG 2.5.3,
 * "Label in Name"; axe and Lighthouse check it): not a "¹", which is another character, nor in brackets, which they read
 * as an aside. In a language whose digits are not Latin (Marathi's "१७") every footnote number it shows or names is written
 * in them, the references in the text too, where flexmark wrote Latin digits; the notes' list numbers itself by a style
 * sheet (assets/css/digits.css).
 */
final class FootnoteBackLinks {
    private static final Evaluator NOTES = Selector.evaluatorOf(".footnotes li");
    private static final Evaluator BACK_LINKS = Selector.evaluatorOf("> a.footnote-backref");
    private static final String TITLE_ID = "footnotes-title";
    private static final String NO_BREAK_SPACE = "\u00a0";

    private FootnoteBackLinks() {
    }

    static void apply(Document doc, FootnoteWords words) {
        if (words != null && !words.digits().latin()) {
            for (Element ref : doc.select(FootnoteOrder.REFS)) {
                ref.text(words.digits().write(ref.text()));
            }
        }
        int number = 0;
        for (Element note : doc.select(NOTES)) {
            if (note.parent() == null || !note.parent().normalName().equals("ol")) {
                continue;
            }
            number++;
            String shown = note.id().matches("fn-\\d+") ? note.id().substring("fn-".length()) : Integer.toString(number);
            Elements backs = note.select(BACK_LINKS);
            for (int i = 0; i < backs.size(); i++) {
                Element back = backs.get(i);
                keepWithText(back);
                if (backs.size() > 1) {
                    // A digit in <sup>, not "¹": the link's name holds the number then as it is shown (see the class)
                    back.text("↩").appendElement("sup").text(words == null ? Integer.toString(i + 1) : words.digits().write(i + 1));
                }
                if (words != null) {
                    back.attr("aria-label", backs.size() == 1 ? words.back(shown) : words.backOf(shown, i + 1, backs.size()));
                }
            }
        }
    }

    /** flexmark writes a back link after a line break of its own (after the note's last block or its previous back link). */
    private static void keepWithText(Element back) {
        if (back.previousSibling() instanceof TextNode lineBreak && lineBreak.isBlank()) {
            lineBreak.text(NO_BREAK_SPACE);
        }
    }

    /**
     * Puts a heading over the notes ("Przypisy", from {@code footnotesTitle}), so that a screen reader's list of headings
     * leads to them; run after the table of contents, which it stays out of (the notes are not a section of the text).
     * Each footnote number in the text is described by that heading ({@code aria-describedby}): a screen reader says
     * "1, link, Przypisy" where it said only "1, link", which told a listener nothing of where the link leads.
     */
    static void heading(Document doc, FootnoteWords words) {
        heading(doc, doc.selectFirst(".footnotes"), doc.select(FootnoteOrder.REFS), words);
    }

    /**
     * @param notes the page's first {@code .footnotes}, or null
     * @param refs  the footnote numbers in the text ({@link FootnoteOrder#REFS})
     */
    static void heading(Document doc, Element notes, List<Element> refs, FootnoteWords words) {
        if (words == null || notes == null) {
            return;
        }
        Element list = notes.selectFirst("> ol");
        Element heading = new Element("h2").text(words.title());
        if (doc.getElementById(TITLE_ID) == null) {
            heading.id(TITLE_ID);
            refs.forEach(ref -> ref.attr("aria-describedby", TITLE_ID));
        }
        if (list != null) {
            list.before(heading);
        } else {
            notes.prependChild(heading);
        }
    }

    /**
     * The interface words of footnotes in a page's language.
     *
     * @param title  the notes' heading: "Przypisy", "Notes"
     * @param back   a back link's name, {@code {note}} its note's number: "Back to reference {note}"
     * @param backOf the name of one of a note's back links, {@code {n}} of {@code {count}}: "Back to reference {note}, {n} of {count}"
     * @param digits the digits the language writes the numbers in
     */
    record FootnoteWords(String title, String back, String backOf, Digits digits) {
        String back(String note) {
            return back.replace("{note}", digits.write(note));
        }

        String backOf(String note, int n, int count) {
            return backOf.replace("{note}", digits.write(note)).replace("{n}", digits.write(n)).replace("{count}", digits.write(count));
        }
    }
}
