package guide.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which colour the contrast advice asks to change, and which way. The expected changes of lightness (CIE L*) were worked
 * out apart from this code, in Python, from the sRGB luminance WCAG defines.
 */
class ContrastMovesTest {
    private static final double CLOSE = 0.01;

    private static String said(List<ContrastMoves.Move> moves) {
        return String.join(", ", moves.stream().map(m -> (m.text() ? "text " : "background ") + (m.darker() ? "darker" : "lighter")).toList());
    }

    @Test
    void greyTextJustUnderTheLineOnWhiteNeedsTheTextAShadeDarkerAndNotTheBackground() {
        ContrastMoves.Move text = ContrastMoves.of(0x777777, 0xffffff, true);
        assertEquals(0.137, text.change(), CLOSE, "L* the text must lose");
        assertEquals(98.10, ContrastMoves.of(0x777777, 0xffffff, false).change(), CLOSE, "the background would have to go nearly black");
        assertEquals("text darker", said(ContrastMoves.advised(0x777777, 0xffffff)));
    }

    /** On a mid grey, text can reach 4.5:1 either way: the way with the smaller change is advised. */
    @Test
    void onAMidGreyTheTextGoesTheWayThatTakesTheSmallerChange() {
        ContrastMoves.Move darker = ContrastMoves.of(0x6a6a6a, 0x767676, true);
        assertEquals(true, darker.darker());
        assertEquals(43.58, darker.change(), CLOSE);
        ContrastMoves.Move lighter = ContrastMoves.of(0x8a8a8a, 0x767676, true);
        assertEquals(false, lighter.darker());
        assertEquals(42.14, lighter.change(), CLOSE);
    }

    /** Both colours are named when the second move is at most twice the first, the smaller first. */
    @Test
    void theOtherColourIsNamedTooWhenItsMoveIsAtMostTwiceAsLarge() {
        assertEquals("background lighter, text darker", said(ContrastMoves.advised(0x6a6a6a, 0x767676)), "L* 43.10 and 43.58");
        assertEquals("background darker, text lighter", said(ContrastMoves.advised(0x8a8a8a, 0x767676)), "L* 35.47 and 42.14");
        assertEquals("background darker, text darker", said(ContrastMoves.advised(0xffffff, 0xffd34d)), "white on yellow: L* 36.30 and 59.91");
    }

    @Test
    void lightnessFollowsCieLStarOnBothSidesOfItsLinearPart() {
        assertEquals(100, ContrastMoves.lightness(1), CLOSE);
        assertEquals(53.23, ContrastMoves.lightness(0.2126), CLOSE, "pure red's luminance");
        assertEquals(0.903, ContrastMoves.lightness(0.001), CLOSE, "the linear part near black: 24389/27 x Y");
    }
}
