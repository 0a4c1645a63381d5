package guide.style;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A colour written by its name or as hsl() is read as the browser paints it. The expected colours were worked out apart from
 * the code: the names from CSS Color 4's table (cross-checked against X11's rgb.txt), the hsl() ones with Python's
 * colorsys.hls_to_rgb, rounded to 8 bits.
 */
class CssColourTest {
    @Test
    void aNamedColourIsReadInAnyCase() {
        assertEquals(0x808080, CssColour.rgb("grey"));
        assertEquals(0x808080, CssColour.rgb("Gray"));
        assertEquals(0x663399, CssColour.rgb("rebeccapurple"));
        assertEquals(0x00ffff, CssColour.rgb("cyan"));
        assertEquals(0xff00ff, CssColour.rgb("MAGENTA"));
        assertEquals(0xfafad2, CssColour.rgb("lightgoldenrodyellow"));
        assertEquals(0x008000, CssColour.rgb("green"));
        assertEquals(148, NamedColours.size());
    }

    /** Words that name no one colour: see-through, the parent's, or the reader's system colours. */
    @Test
    void aWordThatNamesNoColourIsNotRead() {
        assertEquals(CssColour.UNREAD, CssColour.rgb("transparent"));
        assertEquals(CssColour.UNREAD, CssColour.rgb("currentColor"));
        assertEquals(CssColour.UNREAD, CssColour.rgb("CanvasText"));
        assertEquals(CssColour.UNREAD, CssColour.rgb("greyish"));
    }

    @Test
    void hslIsReadInEachSyntaxAndHueUnit() {
        assertEquals(0x18599a, CssColour.rgb("hsl(210 73% 35%)"));
        assertEquals(0x18599a, CssColour.rgb("hsl(210deg, 73%, 35%)"));
        assertEquals(0x40bfbf, CssColour.rgb("hsl(.5turn 50% 50%)"));
        assertEquals(0x000080, CssColour.rgb("hsl(-120, 100%, 25%)"));
        assertEquals(0x70c2c2, CssColour.rgb("HSL(200grad 40 60)"));
        assertEquals(0x70c2c2, CssColour.rgb("hsl(3.14159rad 40% 60%)"));
        assertEquals(0x00ff00, CssColour.rgb("hsl(480 100% 50%)"));
        assertEquals(0x999999, CssColour.rgb("hsl(0 0% 60%)"));
        assertEquals(0xffffff, CssColour.rgb("hsl(0 20% 140%)"));
    }

    @Test
    void rgbIsReadUpTo255() {
        assertEquals(0xffffff, CssColour.rgb("rgb(255 255 255)"));
        assertEquals(CssColour.UNREAD, CssColour.rgb("rgb(256, 0, 0)"));
    }

    /** Only #rrggbb and #rgb are hex (the favicon takes no other); a name or hsl() is not. */
    @Test
    void onlyAHashColourIsHex() {
        assertEquals(true, CssColour.isHex("#2f6b5e"));
        assertEquals(false, CssColour.isHex("teal"));
    }

    /** A channel under 11 of 255 is on the straight part of the sRGB curve (ratio worked out in Python: 19.798…). */
    @Test
    void aVeryDarkColourIsMeasuredOnTheStraightPartOfTheCurve() {
        assertEquals(19.7981, CssColour.ratio(0x0a0a0a, 0xffffff), 0.0001);
    }

    /** A colour with an alpha is read only when nothing shows through it. */
    @Test
    void anAlphaIsReadOnlyWhenOpaque() {
        assertEquals(0xadcceb, CssColour.rgb("hsla(210, 60%, 80%, 1)"));
        assertEquals(0xadcceb, CssColour.rgb("hsl(210 60% 80% / 100%)"));
        assertEquals(0x0a141e, CssColour.rgb("rgba(10, 20, 30, 1)"));
        assertEquals(CssColour.UNREAD, CssColour.rgb("hsla(210, 60%, 80%, 0.5)"));
        assertEquals(CssColour.UNREAD, CssColour.rgb("rgb(10 20 30 / .5)"));
        assertEquals(CssColour.UNREAD, CssColour.rgb("hsl(210 60% 80% / 99%)"));
    }
}
