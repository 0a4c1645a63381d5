package guide.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * The rows of a card that hold its title, drawn by Java2D straight into 4-bit PNG row data (a
 * filter byte, then two pixels a byte): white text on black through a palette of grey steps
 * ({@link CardPalette#greyLevels()}), so each anti-aliased pixel gets the index of its grey step,
 * which is the index of the same step from background to title colour in the card's palette.
 * The bytes need no pass in Java before they are compressed. One strip per thread, reused.
 */
final class TitleStrip {
    private static final java.awt.image.IndexColorModel GREYS = CardPalette.greyLevels();

    private final int width;
    private byte[] rows = new byte[0];

    TitleStrip(int width) {
        this.width = width;
    }

    /**
     * Draws the lines into rows {@code top} to {@code bottom} (exclusive) of the card and
     * returns those rows' data; baselines are in card coordinates, lines start at {@code x}.
     */
    byte[] draw(Font font, java.util.List<String> lines, float x, float[] baselines, int top, int bottom) {
        int stride = CardGeometry.rowBytes(width);
        int length = stride * (bottom - top);
        if (rows.length < length) {
            rows = new byte[length];
        } else {
            Arrays.fill(rows, 0, length, (byte) 0);
        }
        // Pixels start 8 bits into each row, after the PNG filter byte.
        MultiPixelPackedSampleModel model = new MultiPixelPackedSampleModel(DataBuffer.TYPE_BYTE, width, bottom - top, 4, stride, 8);
        WritableRaster raster = Raster.createWritableRaster(model, new DataBufferByte(rows, length), null);
        BufferedImage image = new BufferedImage(GREYS, raster, false, null);
        Graphics2D g = image.createGraphics();
        try {
            TextMask.hints(g);
            g.setColor(Color.WHITE);
            g.setFont(font);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), x, baselines[i] - top);
            }
        } finally {
            g.dispose();
        }
        return rows;
    }
}
