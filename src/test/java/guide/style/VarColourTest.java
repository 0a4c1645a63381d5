package guide.style;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A var() comes to the colour the browser would give it: the custom property's, or its fallback when none is set. */
class VarColourTest {
    private static final Map<String, Declaration> SCHEME = scheme("bg", "#fbfaf7", "card", "var(--bg)", "a", "var(--b)", "b", "var(--a)",
            "gap", "var(--missing)", "soft", "var(--missing, #777)", "mix", "color-mix(in srgb, #000 10%, var(--bg))",
            "sky", "color-mix(in oklch, #000 10%, var(--bg))", "self", "var(--self, #000)", "safe", "var(--a, #333)",
            "gapmix", "color-mix(in srgb, #000 10%, var(--gap))");

    private static Map<String, Declaration> scheme(String... pairs) {
        Map<String, Declaration> scheme = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            scheme.put(pairs[i], new Declaration("--" + pairs[i], pairs[i + 1], 1, 0));
        }
        return scheme;
    }

    private static String shown(String value) {
        VarColour.Resolved resolved = VarColour.resolve(value, SCHEME);
        return (resolved.rgb() == CssColour.UNREAD ? "unread" : String.format("#%06x", resolved.rgb()))
                + (resolved.unset() == null ? "" : " unset " + resolved.unset())
                + (resolved.loop() == null ? "" : " loop " + resolved.loop().property() + " (" + resolved.loop().said() + ")")
                + (resolved.fallback() ? " fallback" : "");
    }

    @Test
    void aSetPropertyIsFollowedAndItsFallbackLeftAside() {
        assertEquals("#fbfaf7", shown("var(--card)"));
        assertEquals("#fbfaf7", shown(" var( --card , #000 ) "));
        assertEquals("#777777", shown("#777"));
    }

    @Test
    void theFallbackIsTakenWhenThePropertyIsSetNowhereOnTheWay() {
        assertEquals("#ffd34d fallback", shown("var(--none, rgb(255 211 77))"));
        assertEquals("#777777 fallback", shown("var(--gap, #777)"));
        assertEquals("#fbfaf7 fallback", shown("var(--none, var(--card))"));
        assertEquals("unread unset missing", shown("var(--gap)"));
        assertEquals("#777777", shown("var(--soft)"));
        assertEquals("#777777", shown("var(--soft, var(--bg))"));
        assertEquals("unread unset other fallback", shown("var(--none, var(--other))"));
    }

    @Test
    void aLoopWithoutAFallbackOrAnUnreadValueComesToNoColour() {
        assertEquals("unread loop a (--a and --b name each other in a loop)", shown("var(--a)"));
        assertEquals("unread loop a (--a and --b name each other in a loop) fallback", shown("var(--b, var(--a))"));
        assertEquals("unread loop self (--self names itself)", shown("var(--self)"));
        assertEquals("unread loop a (--a and --b name each other in a loop)", shown("color-mix(in srgb, var(--a) 50%, #fff)"));
        assertEquals("unread", shown("var(--sky)"));
        assertEquals("unread fallback", shown("var(--none, color-mix(in oklch, #000 10%, white))"));
    }

    /** A property on a loop is guaranteed-invalid (CSS Variables 1, 2.3), so a var() of it takes its fallback, as in the browser. */
    @Test
    void aVarOfAPropertyOnALoopTakesItsFallback() {
        assertEquals("#ffffff fallback", shown("var(--a, #fff)"));
        assertEquals("#ffffff fallback", shown("var(--self, #fff)"));
        assertEquals("#333333", shown("var(--safe)"));
        assertEquals("--a and --b name each other in a loop", VarColour.resolve("var(--a, #fff)", SCHEME).because());
        assertEquals("--self names itself", VarColour.resolve("var(--self, #fff)", SCHEME).because());
        assertEquals("no :root sets --missing", VarColour.resolve("var(--gap, #fff)", SCHEME).because());
    }

    /** A color-mix() of custom properties is mixed from their colours (worked out apart, in Python); one of a property set nowhere is named. */
    @Test
    void aMixOfCustomPropertiesIsMixedFromTheirColours() {
        assertEquals("#e2e1de", shown("var(--mix)"));
        assertEquals("#e2e1de", shown("color-mix(in srgb, #000 10%, var(--card))"));
        assertEquals("unread unset missing", shown("color-mix(in srgb, #000 10%, var(--gap))"));
        assertEquals("unread unset nope", shown("color-mix(in srgb, var(--nope) 10%, var(--gap))"));
        assertEquals("#777777 fallback", shown("var(--gapmix, #777)"));
    }

    @Test
    void onlyOneVarAndNothingMoreIsAVar() {
        assertTrue(VarColour.isVar("var(--a, rgb(1 2 3))"));
        assertFalse(VarColour.isVar("var(--a) var(--b)"));
        assertFalse(VarColour.isVar("var(--a, #fff) url(x.png)"));
        assertFalse(VarColour.isVar("var(--a, x))"));
        assertEquals("a", VarColour.named("var(--a, #fff)"));
        assertEquals(null, VarColour.named("#fff"));
    }
}
