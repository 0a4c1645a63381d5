package guide.image;

import java.util.Arrays;

/**
 * The pixels of the parts every card shares, as palette indices ({@link CardPalette}), one byte
 * each while drawing and packed into 4-bit rows once at the end. Text is drawn by Java2D as a
 * grey coverage mask ({@link TextMask}) and laid on through a colour ramp, so no colour matching
 * (and no dithering) is ever involved.
 */
final class IndexedCanvas {
    private final int width;
    private final int height;
    private final byte[] pixels;

    IndexedCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new byte[width * height];
    }

    void fill(int x, int y, int w, int h, int index) {
        for (int row = Math.max(0, y); row < Math.min(height, y + h); row++) {
            Arrays.fill(pixels, row * width + Math.max(0, x), row * width + Math.min(width, x + w), (byte) index);
        }
    }

    /** Lays a coverage mask onto the canvas at (x, y) through a ramp; uncovered pixels stay as they are. */
    void paint(TextMask mask, int x, int y, CardPalette.Ramp ramp) {
        byte[] coverage = mask.coverage();
        for (int row = 0; row < mask.height(); row++) {
            int from = row * mask.width();
            int to = (y + row) * width + x;
            for (int col = 0; col < mask.width(); col++) {
                int c = coverage[from + col] & 0xff;
                if (c != 0) {
                    pixels[to + col] = (byte) CardPalette.index(ramp, c);
                }
            }
        }
    }

    /** The pixels as 4-bit PNG rows: each row a filter byte 0 (none), then two pixels a byte, the first in the high half. */
    byte[] rows() {
        int stride = CardGeometry.rowBytes(width);
        byte[] raw = new byte[stride * height];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                raw[row * stride + 1 + col / 2] |= (byte) ((pixels[row * width + col] & 0x0f) << (col % 2 == 0 ? 4 : 0));
            }
        }
        return raw;
    }
}
