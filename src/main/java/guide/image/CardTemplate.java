package guide.image;

import java.awt.Font;
import java.util.List;

/**
 * What every card of one guide name and language shares, drawn and compressed once: the
 * background, the guide's name (none when the title names the guide), the rule under it and the band with the language. The rows above
 * and below the title's area are kept as finished {@link DeflateSegment}s; the title's area is
 * plain background, which a card fills with its title.
 */
final class CardTemplate {
    private final DeflateSegment head;
    private final DeflateSegment tail;

    private CardTemplate(DeflateSegment head, DeflateSegment tail) {
        this.head = head;
        this.tail = tail;
    }

    /** The rows above the title's area, compressed (not final). */
    DeflateSegment head() {
        return head;
    }

    /** The rows below the title's area, compressed (final). */
    DeflateSegment tail() {
        return tail;
    }

    /** Draws the shared parts of the cards of one guide name and language, and compresses the rows above and below the title's area. */
    static CardTemplate draw(CardText text, CardGeometry g) {
        IndexedCanvas canvas = new IndexedCanvas(g.width(), g.height());
        canvas.fill(0, 0, g.width(), g.height(), CardPalette.background());
        if (!text.siteName().isEmpty()) {
            Font name = CardFonts.semibold().deriveFont(g.nameSize());
            int nameBox = Math.round(g.nameSize() * 2);
            TextMask nameMask = new TextMask(g.width() - 2 * g.margin(), nameBox).draw(name, List.of(text.siteName()), new float[]{g.nameSize() * 1.4f});
            canvas.paint(nameMask, g.margin(), Math.round(g.nameBaseline() - g.nameSize() * 1.4f), CardPalette.Ramp.NAME);
        }
        canvas.fill(g.margin(), g.ruleTop(), g.ruleWidth(), g.ruleHeight(), CardPalette.ink(CardPalette.Ramp.NAME));
        int band = g.height() - g.bandTop();
        canvas.fill(0, g.bandTop(), g.width(), band, CardPalette.index(CardPalette.Ramp.LANGUAGE, 0));
        Font language = CardFonts.semibold().deriveFont(g.languageSize());
        TextMask languageMask = new TextMask(g.width() - 2 * g.margin(), band).draw(language, List.of(text.language()),
                new float[]{Math.round((band + g.languageSize() * CardGeometry.CAP_HEIGHT) / 2f)});
        canvas.paint(languageMask, g.margin(), g.bandTop(), CardPalette.Ramp.LANGUAGE);
        byte[] raw = canvas.rows();
        int row = CardGeometry.rowBytes(g.width());
        return new CardTemplate(DeflateSegment.of(raw, 0, g.titleAreaTop() * row, false),
                DeflateSegment.of(raw, g.bandTop() * row, (g.height() - g.bandTop()) * row, true));
    }
}
