package guide.check;

import guide.style.CssColour;

import java.util.List;

/**
 * Which colour of a pair under the 4.5:1 contrast WCAG AA asks of text to change, and which way: the checks' advice. Each
 * colour, the other kept, can reach 4.5:1 darker, lighter or both (black and white are as far as it goes); its move is the
 * one that takes the smaller change of lightness (CIE L*, 0 to 100, which follows what the eye sees better than luminance
 * does). The advice names the colour whose move is smaller, and the other too when its move is at most twice as large:
 * #777 text on #fff (4.48:1) needs the text a shade darker, where the background would have to go nearly black, so only
 * the text is named, not the background the text's lightness alone would point to.
 */
final class ContrastMoves {
    private static final double AA = 4.5;

    /**
     * A move of one colour of a pair.
     *
     * @param text   whether it is the text's colour (else the background's)
     * @param darker whether it goes darker (else lighter)
     * @param change the change of lightness (L*) it takes to reach 4.5:1
     */
    record Move(boolean text, boolean darker, double change) {
    }

    private ContrastMoves() {
    }

    /** The smaller move of the text's colour ({@code text}) or the background's that brings {@code ink} on {@code paper} to 4.5:1. */
    static Move of(int ink, int paper, boolean text) {
        double own = CssColour.luminance(text ? ink : paper);
        double other = CssColour.luminance(text ? paper : ink);
        double darker = (other + 0.05) / AA - 0.05;
        double lighter = AA * (other + 0.05) - 0.05;
        Move down = darker >= 0 ? new Move(text, true, lightness(own) - lightness(darker)) : null;
        Move up = lighter <= 1 ? new Move(text, false, lightness(lighter) - lightness(own)) : null;
        return down == null ? up : up == null || down.change() <= up.change() ? down : up;
    }

    /** The moves to advise for {@code ink} on {@code paper}: the smaller first (the text's on a tie), the other when at most twice it. */
    static List<Move> advised(int ink, int paper) {
        Move text = of(ink, paper, true);
        Move ground = of(ink, paper, false);
        Move first = text.change() <= ground.change() ? text : ground;
        Move second = first == text ? ground : text;
        return second.change() <= 2 * first.change() ? List.of(first, second) : List.of(first);
    }

    /** CIE lightness L* of a relative luminance. */
    static double lightness(double luminance) {
        return luminance > 216.0 / 24389 ? 116 * Math.cbrt(luminance) - 16 : 24389.0 / 27 * luminance;
    }
}
