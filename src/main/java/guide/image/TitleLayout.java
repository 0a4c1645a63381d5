package guide.image;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays a title out in a box, the way a careful typesetter would for a card: the largest size at
 * which it fits, broken only between words (never at a no-break space, which the title's language
 * puts where its pages keep words together, e.g. after the Polish "w"; a lone dash or separator such
 * as "·" stays with the word before), lines balanced to similar lengths, and shortened with an
 * ellipsis after a whole word only when even the smallest size cannot hold it. The title comes typeset
 * in its language ({@link guide.page.Typesetter}): which words stay together is the language's rule, not the card's.
 */
public final class TitleLayout {
    private static final String ELLIPSIS = "\u2026";

    /** The lines to draw, at which size, and whether words had to be left out. */
    public record Lines(List<String> lines, float fontSize, boolean shortened) {
    }

    private final Font font;
    private final FontRenderContext frc;
    private final int width;
    private final int height;
    private final float largest;
    private final float smallest;
    private final float leading;

    /**
     * @param font    the typeface (any size; sizes are derived)
     * @param width   the box's width in pixels
     * @param height  the box's height in pixels
     * @param largest the size to try first; sizes go down in steps of 4 to {@code smallest}
     * @param leading line height as a multiple of the font size
     */
    public TitleLayout(Font font, FontRenderContext frc, int width, int height, float largest, float smallest, float leading) {
        if (smallest <= 0 || largest < smallest || width <= 0 || height < smallest * leading) {
            throw new IllegalArgumentException("a box of " + width + " x " + height + " cannot hold sizes " + smallest + " to " + largest);
        }
        this.font = font;
        this.frc = frc;
        this.width = width;
        this.height = height;
        this.largest = largest;
        this.smallest = smallest;
        this.leading = leading;
    }

    public Lines layout(String title) {
        List<String> words = words(title);
        if (words.isEmpty()) {
            return new Lines(List.of(), largest, false);
        }
        for (float size = largest; size >= smallest; size -= 4) {
            Measured measured = measure(words, font.deriveFont(size));
            List<String> lines = wrap(measured, width);
            if (lines != null && lines.size() <= maxLines(size)) {
                return new Lines(balanced(measured, lines.size()), size, false);
            }
        }
        float size = smallest;
        double widest = Arrays.stream(measure(words, font.deriveFont(smallest)).widths()).max().orElse(0);
        if (widest > width) {
            size = (float) Math.floor(smallest * width / widest); // a word longer than the line: smaller, never cut
        }
        Font sized = font.deriveFont(size);
        List<String> lines = wrap(measure(words, sized), width);
        int max = maxLines(size);
        if (lines.size() <= max) {
            return new Lines(lines, size, false);
        }
        return new Lines(shortened(lines.subList(0, max), sized), size, true);
    }

    /** Lines that fit the box at a size (at least one, for a box too low for any). */
    private int maxLines(float size) {
        return Math.max(1, (int) Math.floor(height / (size * leading)));
    }

    /**
     * The last line ends with an ellipsis after a whole word, without the punctuation before it;
     * words leave the line until the ellipsis fits, and if none is left it moves up a line.
     */
    private List<String> shortened(List<String> kept, Font sized) {
        List<String> lines = new ArrayList<>(kept);
        while (!lines.isEmpty()) {
            List<String> last = new ArrayList<>(List.of(lines.get(lines.size() - 1).split(" ")));
            while (!last.isEmpty()) {
                String candidate = String.join(" ", last).replaceAll("[\\s,;:.\\-\u2013\u2014]+$", "") + ELLIPSIS;
                if (advance(sized, candidate) <= width) {
                    lines.set(lines.size() - 1, candidate);
                    return lines;
                }
                last.remove(last.size() - 1);
            }
            lines.remove(lines.size() - 1);
        }
        return List.of(ELLIPSIS);
    }

    /**
     * The narrowest box in which greedy wrapping still gives {@code count} lines, then the lines
     * in it: line lengths come out even, as CSS {@code text-wrap: balance} makes them.
     */
    private List<String> balanced(Measured measured, int count) {
        int low = 1;
        int high = width;
        while (low < high) {
            int mid = (low + high) >>> 1;
            List<String> lines = wrap(measured, mid);
            if (lines != null && lines.size() <= count) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return wrap(measured, high);
    }

    /**
     * The words with their widths at one size, and the space's: a line's width is their sum (text
     * is set without kerning or ligatures, so advances add up), measured once per size instead of
     * once per line tried, as the balancing tries a dozen widths.
     */
    private record Measured(List<String> words, double[] widths, double space) {
    }

    private Measured measure(List<String> words, Font sized) {
        double[] widths = new double[words.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = advance(sized, words.get(i));
        }
        return new Measured(words, widths, advance(sized, " "));
    }

    /** Greedy wrapping at word boundaries; null if a word alone is wider than the line. */
    private static List<String> wrap(Measured measured, int lineWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = null;
        double used = 0;
        for (int i = 0; i < measured.widths().length; i++) {
            String word = measured.words().get(i);
            double w = measured.widths()[i];
            if (w > lineWidth) {
                return null;
            }
            if (line != null && used + measured.space() + w <= lineWidth) {
                line.append(' ').append(word);
                used += measured.space() + w;
            } else {
                if (line != null) {
                    lines.add(line.toString());
                }
                line = new StringBuilder(word);
                used = w;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The title's unbreakable units: the runs between its spaces, and a lone dash or separator
     * ("·", "|", "/") joined to the word before. A no-break space is no space here: the words it
     * joins stay together, as the language's typography put them ({@link guide.html.Typography}:
     * in Polish "w\u00a0domu", in English nothing), so a card breaks its title where the page breaks it.
     */
    static List<String> words(String title) {
        List<String> units = new ArrayList<>();
        for (String word : title.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.matches("[\\-\u2013\u2014\u00b7|/]") && !units.isEmpty()) {
                units.set(units.size() - 1, units.get(units.size() - 1) + "\u00a0" + word);
            } else {
                units.add(word);
            }
        }
        return units;
    }

    private double advance(Font sized, String text) {
        return sized.getStringBounds(text, frc).getWidth();
    }
}
