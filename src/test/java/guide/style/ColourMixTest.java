package guide.style;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A color-mix() in srgb comes to the colour the browser paints, its percentages normalised as CSS Color 5 says (expected
 * colours worked out apart, in Python: each channel the weighted mean of the two, rounded half up).
 */
class ColourMixTest {
    private static String mixed(String value) {
        VarColour.Resolved resolved = VarColour.resolve(value, Map.of());
        return resolved.rgb() == CssColour.UNREAD ? "unread: " + resolved.why() : String.format("#%06x", resolved.rgb());
    }

    @Test
    void percentagesGivenOrLeftOutAreWeighedAsTheBrowserWeighsThem() {
        assertEquals("#e2e1de", mixed("color-mix(in srgb, #000 10%, #fbfaf7)"));
        assertEquals("#e2e1de", mixed("color-mix(in srgb, #000 10%, #fbfaf7 90%)"));
        assertEquals("#e2e1de", mixed("color-mix(in srgb, #fbfaf7, 10% #000)"));
        assertEquals("#800080", mixed("color-mix(in srgb, red, blue)"));
        assertEquals("#800080", mixed("color-mix(in srgb, #ff0000 60%, #0000ff 60%)"));
        assertEquals("#404040", mixed("color-mix(in srgb, 25% #ffffff, #000000)"));
        assertEquals("#ffffff", mixed("color-mix(in srgb, #fff 100%, #000)"));
        assertEquals("#000000", mixed("color-mix(in srgb, #fff 0%, #000)"));
        assertEquals("#000000", mixed("color-mix(in srgb, #fff, #000 100%)"));
        assertEquals("#ffffff", mixed("color-mix(in srgb, #fff, #000 0%)"));
        assertEquals("#404040", mixed("COLOR-MIX(in SRGB, rgb(255 255 255) 25%, hsl(0 0% 0%))"));
    }

    @Test
    void aMixTheCheckDoesNotWorkOutSaysWhy() {
        assertEquals("unread: a mix in oklch, which the check does not work out: it mixes in srgb only",
                mixed("color-mix(in oklch, #000 10%, #fff)"));
        assertEquals("unread: a mix in hsl, which the check does not work out: it mixes in srgb only",
                mixed("color-mix(in hsl longer hue, #000, #fff)"));
        assertEquals("unread: percentages that add up to 50%, which makes the mix see-through", mixed("color-mix(in srgb, #fff 20%, #000 30%)"));
        assertEquals("unread: a percentage outside 0% to 100%, which the browser drops", mixed("color-mix(in srgb, #fff 120%, #000)"));
        assertEquals("unread: percentages that add up to 0%, which the browser drops", mixed("color-mix(in srgb, #fff 0%, #000 0%)"));
        assertEquals("unread: null", mixed("color-mix(in srgb, Canvas, #000)"));
    }

    /** A color-mix() the browser drops says why; one it takes, or a value that is no color-mix(), gives null. */
    @Test
    void aMixTheBrowserDropsSaysWhy() {
        assertEquals("a color-mix() of one colour, which the browser drops: color-mix() needs two colours", ColourMix.dropped("color-mix(in srgb, red)"));
        assertEquals("a color-mix() of 3 colours, which the browser drops: color-mix() needs two colours",
                ColourMix.dropped("color-mix(in srgb, #fff, #000, red)"));
        assertEquals("percentages that add up to 0%, which the browser drops", ColourMix.dropped("color-mix(in srgb, red 0%, blue 0%)"));
        assertEquals("a percentage outside 0% to 100%, which the browser drops", ColourMix.dropped("color-mix(in srgb, red -5%, blue)"));
        assertNull(ColourMix.dropped("color-mix(in srgb, red 0%, blue)"));
        assertNull(ColourMix.dropped("#fff"));
    }

    @Test
    void onlyAMixOfTwoColoursIsRead() {
        assertNull(ColourMix.parse("color-mix(in srgb, #fff)"));
        assertNull(ColourMix.parse("color-mix(in srgb, #fff, #000, red)"));
        assertNull(ColourMix.parse("color-mix(in srgb, #fff, rgb(0 0 0)))"));
        assertNull(ColourMix.parse("color-mix(#fff, #000)"));
        assertEquals(new ColourMix.Mix("srgb", "var(--accent, #000)", 10.0, "var(--bg)", null),
                ColourMix.parse("color-mix(in srgb, var(--accent, #000)  10%, var(--bg))"));
    }
}
