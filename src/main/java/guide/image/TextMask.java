package guide.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.List;

/**
 * Grey-scale anti-aliased text in a box, drawn by Java2D: each byte is how much of its pixel the
 * text covers. The hints are fixed, so the same text gives the same bytes on the same machine.
 */
final class TextMask {
    /** How text is measured and drawn everywhere on a card: anti-aliased, with fractional advances. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final BufferedImage image;

    TextMask(int width, int height) {
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    byte[] coverage() {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** Anti-aliased grey-scale text with fractional advances, measured as {@link #FRC} measures it. */
    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** Clears the mask, then draws each line at its baseline, from the left edge. */
    TextMask draw(Font font, List<String> lines, float[] baselines) {
        Arrays.fill(coverage(), (byte) 0);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            g.setColor(Color.WHITE);
            g.setFont(font);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), 0f, baselines[i]);
            }
        } finally {
            g.dispose();
        }
        return this;
    }
}
