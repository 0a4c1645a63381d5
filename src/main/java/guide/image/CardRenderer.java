package guide.image;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws a page's social card: a 1200 x 630 PNG (the size Facebook, LinkedIn, X and the
 * messengers show large) with the guide's name, the page's title and its language, in the
 * site's colours and the builder's own font.
 *
 * <p>A build draws one card per page, two thousand on a large site, and they must cost well
 * under two seconds. So the parts every card of a language shares are drawn and compressed once
 * ({@link CardTemplate}); per card, only the rows that hold the title are drawn (by Java2D,
 * straight into 4-bit palette indices, {@link TitleStrip}) and compressed, and the PNG has
 * sixteen colours, two pixels a byte ({@link CardPalette}, {@link IndexedPng}). Safe to use from several threads; the same text gives the same bytes.
 */
public final class CardRenderer {
    public static final int WIDTH = CardGeometry.STANDARD.width();
    public static final int HEIGHT = CardGeometry.STANDARD.height();

    private final CardGeometry geometry = CardGeometry.STANDARD;
    private final CardStyle style;
    private final CardPalette palette;
    private final TitleLayout layout;
    private final Map<List<String>, CardTemplate> templates = new ConcurrentHashMap<>();
    private final Map<Integer, DeflateSegment> blankRows = new ConcurrentHashMap<>();
    private final ThreadLocal<TitleStrip> strips = ThreadLocal.withInitial(
            () -> new TitleStrip(geometry.width(), geometry.titleAreaTop(), geometry.bandTop() - geometry.titleAreaTop()));

    public CardRenderer(CardStyle style) {
        this.style = style;
        this.palette = new CardPalette(style);
        this.layout = new TitleLayout(CardFonts.bold(), TextMask.FRC, geometry.titleWidth(), geometry.titleHeight(), 64, 48,
                CardGeometry.LEADING);
    }

    /**
     * Loads the fonts and draws a card, for a fresh process to do off the critical path (the
     * build calls it on the thread that prepares the template engine); the card is thrown away.
     */
    public static void warmUp() {
        new CardRenderer(CardStyle.DEFAULT).render(new CardText("Zażółć gęślą jaźń", "Warm-up", "Polski"));
    }

    public CardStyle style() {
        return style;
    }

    /** How the title is set on the card (lines, size, shortened or not). */
    public TitleLayout.Lines titleLines(String title) {
        return layout.layout(title);
    }

    /** The card as PNG bytes. */
    public byte[] render(CardText text) {
        CardTemplate template = templates.computeIfAbsent(List.of(text.siteName(), text.language()), k -> CardTemplate.draw(text, geometry));
        int areaTop = geometry.titleAreaTop();
        int areaBottom = geometry.bandTop();
        List<DeflateSegment> segments = new ArrayList<>(List.of(template.head()));
        TitleLayout.Lines lines = titleLines(text.title());
        int top = areaTop;
        if (!lines.lines().isEmpty()) {
            Font font = CardFonts.bold().deriveFont(lines.fontSize());
            float[] baselines = baselines(lines);
            // Only the rows with ink are drawn and compressed: the lines' visual bounds, a pixel more for anti-aliasing.
            float inkTop = Float.MAX_VALUE;
            float inkBottom = -Float.MAX_VALUE;
            for (int i = 0; i < baselines.length; i++) {
                Rectangle2D ink = font.createGlyphVector(TextMask.FRC, lines.lines().get(i)).getVisualBounds();
                inkTop = Math.min(inkTop, baselines[i] + (float) ink.getMinY());
                inkBottom = Math.max(inkBottom, baselines[i] + (float) ink.getMaxY());
            }
            top = Math.max(areaTop, (int) Math.floor(inkTop) - 2);
            int bottom = Math.min(areaBottom, (int) Math.ceil(inkBottom) + 2);
            TitleStrip strip = strips.get();
            byte[] rows = strip.draw(font, lines.lines(), geometry.margin(), baselines, top, bottom);
            addBlank(segments, top - areaTop);
            segments.add(DeflateSegment.of(rows, strip.offset(top), (bottom - top) * CardGeometry.rowBytes(geometry.width()), false));
            top = bottom;
        }
        addBlank(segments, areaBottom - top);
        segments.add(template.tail());
        return IndexedPng.write(geometry.width(), geometry.height(), palette.model(), segments);
    }

    /** Lines centred on their capitals, the block centred in the title's box, on whole pixels. */
    private float[] baselines(TitleLayout.Lines lines) {
        float lineHeight = lines.fontSize() * CardGeometry.LEADING;
        float capHeight = lines.fontSize() * CardGeometry.CAP_HEIGHT;
        float top = geometry.titleTop() + (geometry.titleHeight() - lines.lines().size() * lineHeight) / 2f;
        float[] baselines = new float[lines.lines().size()];
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = Math.round(top + i * lineHeight + (lineHeight + capHeight) / 2f);
        }
        return baselines;
    }

    /** Rows of plain background: compressed once per count of rows. */
    private void addBlank(List<DeflateSegment> segments, int count) {
        if (count > 0) {
            int row = CardGeometry.rowBytes(geometry.width());
            segments.add(blankRows.computeIfAbsent(count, n -> DeflateSegment.of(new byte[n * row], 0, n * row, false)));
        }
    }
}
