package guide.image;

import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;

/**
 * The sixteen colours of a card, a 4-bit palette: indices 0 to {@value #TITLE_LEVELS}-1 run
 * from the background to the title's colour (the steps anti-aliased text needs), then the accent
 * and the steps between it and the background for the guide's name (on the background) and the
 * language (on the accent band). A 4-bit PNG holds two pixels a byte: a card's rows are half the
 * bytes to compress of an 8-bit one, and a build compresses two thousand cards.
 *
 * <p>The title is drawn by Java2D straight into 4-bit pixels through {@link #greyLevels()}, a
 * palette of grey steps at the same indices, so the grey step each pixel gets is its index here.
 */
final class CardPalette {
    static final int TITLE_LEVELS = 10;
    private static final int ACCENT = TITLE_LEVELS;
    /** The guide's name on the background: background, three steps, accent. */
    private static final int[] NAME = {0, 11, 12, 13, ACCENT};
    /** The language on the band: accent, two steps, background. */
    private static final int[] LANGUAGE = {ACCENT, 14, 15, 0};

    /** A ramp for the shared parts, ground first, ink last. */
    enum Ramp {
        NAME, LANGUAGE;

        int[] indices() {
            return this == NAME ? CardPalette.NAME : CardPalette.LANGUAGE;
        }
    }

    private final IndexColorModel model;

    CardPalette(CardStyle style) {
        int[] rgb = new int[16];
        for (int i = 0; i < TITLE_LEVELS; i++) {
            rgb[i] = mix(style.background(), style.text(), i / (float) (TITLE_LEVELS - 1));
        }
        rgb[ACCENT] = style.accent();
        for (int step = 1; step <= 3; step++) {
            rgb[NAME[step]] = mix(style.background(), style.accent(), step / 4f);
        }
        for (int step = 1; step <= 2; step++) {
            rgb[LANGUAGE[step]] = mix(style.accent(), style.background(), step / 3f);
        }
        this.model = new IndexColorModel(4, 16, rgb, 0, false, -1, DataBuffer.TYPE_BYTE);
    }

    private static int mix(int ground, int ink, float amount) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int from = (ground >> shift) & 0xff;
            int to = (ink >> shift) & 0xff;
            rgb |= Math.round(from + (to - from) * amount) << shift;
        }
        return rgb;
    }

    /** The background: also the title ramp's first step. */
    static int background() {
        return 0;
    }

    /** The palette index of the step of a ramp for a pixel the text covers by {@code coverage} (0 to 255). */
    static int index(Ramp ramp, int coverage) {
        int[] steps = ramp.indices();
        return steps[(coverage * (steps.length - 1) + 127) / 255];
    }

    /** The ink of a ramp (its last step). */
    static int ink(Ramp ramp) {
        return ramp.indices()[ramp.indices().length - 1];
    }

    /**
     * For drawing titles: indices 0 to {@value #TITLE_LEVELS}-1 are evenly spaced greys from
     * black to white, the others saturated colours no grey is near, so white text on black lands
     * on the grey step (and index) nearest its coverage.
     */
    static IndexColorModel greyLevels() {
        int[] rgb = new int[16];
        for (int i = 0; i < TITLE_LEVELS; i++) {
            int v = Math.round(i * 255f / (TITLE_LEVELS - 1));
            rgb[i] = (v << 16) | (v << 8) | v;
        }
        int[] far = {0xff0000, 0x00ff00, 0x0000ff, 0xffff00, 0xff00ff, 0x00ffff};
        System.arraycopy(far, 0, rgb, TITLE_LEVELS, 16 - TITLE_LEVELS);
        return new IndexColorModel(4, 16, rgb, 0, false, -1, DataBuffer.TYPE_BYTE);
    }

    IndexColorModel model() {
        return model;
    }
}
