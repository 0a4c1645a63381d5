package guide.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.List;

/**
 * The rows of a card that hold its title, drawn by Java2D straight into 4-bit PNG row data (a
 * filter byte, then two pixels a byte): white text on black through a palette of grey steps
 * ({@link CardPalette#greyLevels()}), so each anti-aliased pixel gets the index of its grey step,
 * which is the index of the same step from background to title colour in the card's palette.
 * The bytes need no pass in Java before they are compressed.
 *
 * <p>One strip per thread, reused from card to card: its rows, raster and graphics are made once,
 * as the build draws two thousand cards and setting up Java2D costs more than drawing a title.
 */
final class TitleStrip {
    private static final IndexColorModel GREYS = CardPalette.greyLevels();

    private final int stride;
    private final int origin;
    private final byte[] rows;
    private final byte[] blank;
    private final Graphics2D graphics;

    /** @param origin the card's first row the title may take, {@code height} rows down */
    TitleStrip(int width, int origin, int height) {
        this.stride = CardGeometry.rowBytes(width);
        this.origin = origin;
        this.rows = new byte[stride * height];
        this.blank = new byte[rows.length];
        // Pixels start 8 bits into each row, after the PNG filter byte.
        MultiPixelPackedSampleModel model = new MultiPixelPackedSampleModel(DataBuffer.TYPE_BYTE, width, height, 4, stride, 8);
        WritableRaster raster = Raster.createWritableRaster(model, new DataBufferByte(rows, rows.length), null);
        this.graphics = new BufferedImage(GREYS, raster, false, null).createGraphics();
        TextMask.hints(graphics);
        graphics.setColor(Color.WHITE);
    }

    /**
     * Draws the lines, whose ink lies in rows {@code top} to {@code bottom} (exclusive) of the
     * card, and returns those rows' data ({@link #offset(int)} of {@code top} on); baselines are
     * in card coordinates, lines start at {@code x}.
     */
    byte[] draw(Font font, List<String> lines, float x, float[] baselines, int top, int bottom) {
        System.arraycopy(blank, 0, rows, offset(top), stride * (bottom - top));
        graphics.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            graphics.drawString(lines.get(i), x, baselines[i] - origin);
        }
        return rows;
    }

    /** Where the data of a row of the card starts in the strip. */
    int offset(int row) {
        return (row - origin) * stride;
    }
}
