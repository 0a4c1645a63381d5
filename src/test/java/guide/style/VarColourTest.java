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
            "gap", "var(--missing)", "soft", "var(--missing, #777)", "mix", "color-mix(in srgb, #000 10%, var(--bg))");

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
                + (resolved.unset() == null ? "" : " unset " + resolved.unset()) + (resolved.fallback() ? " fallback" : "");
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
    void aLoopOrAnUnreadValueComesToNoColour() {
        assertEquals("unread", shown("var(--a)"));
        assertEquals("unread", shown("var(--a, #fff)"));
        assertEquals("unread", shown("var(--mix)"));
        assertEquals("unread fallback", shown("var(--none, color-mix(in srgb, #000 10%, white))"));
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
