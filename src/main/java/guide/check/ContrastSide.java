package guide.check;

import guide.style.CssColour;
import guide.style.Declaration;
import guide.style.VarColour;

import java.util.Map;

/**
 * One colour of a pair {@link RuleContrast} checks, as a scheme gives it: how a message names it, its value or
 * {@link CssColour#UNREAD}, whether the rule writes it (itself, or as the fallback of a {@code var()} it takes), and, when it
 * comes to none, why: a form the check does not read ({@code unread}), or what leaves the declaration without a value
 * ({@code unset}). Kept apart from the check so that how a value is read and named is in one place.
 *
 * @param named   how a message names it ({@code --bg #fbfaf7}, {@code color: #777})
 * @param rgb     its colour as 0xrrggbb, or {@link CssColour#UNREAD}
 * @param literal whether the rule writes the colour itself
 * @param at      the declaration it comes from; null for the page's {@code --bg}
 * @param unread  how the warning for colours the check cannot read names it, or null
 * @param unset    what leaves the declaration without a value, or null
 * @param borrowed whether another rule writes it (a background of the same selector's), whose own check names what it
 *                 cannot read
 */
record ContrastSide(String named, int rgb, boolean literal, Declaration at, String unread, Unset unset, boolean borrowed) {
    /**
     * What leaves a declaration without a value, so that the browser drops it: a {@code var()} without a fallback of
     * {@code property}, which no {@code :root} sets ({@code loop} null) or which is on {@code loop}.
     */
    record Unset(String property, String loop) {
    }

    /** The page's {@code --bg}, as a scheme sets it. */
    static ContrastSide page(Declaration bg) {
        return new ContrastSide("--bg " + bg.value(), CssColour.rgb(bg.value()), false, null, null, null, false);
    }

    /** This colour as one the rule does not write itself: one it takes from elsewhere. */
    ContrastSide taken() {
        return new ContrastSide(named, rgb, false, at, unread, unset, false);
    }

    /** This colour as a background another rule writes, {@code from} naming it. */
    ContrastSide borrowed(String from) {
        return new ContrastSide(named + " (from " + from + ")", rgb, false, at, null, null, true);
    }

    /**
     * A declaration's colour: one written in the rule as written, a {@code var()} by the custom property it names and its value
     * in {@code scheme} (followed through the custom properties that names in turn), or, when the {@code var()}'s fallback is
     * taken, as written.
     */
    static ContrastSide of(Declaration declaration, Map<String, Declaration> scheme) {
        String written = declaration.name() + ": " + declaration.value();
        String property = VarColour.named(declaration.value());
        VarColour.Resolved resolved = VarColour.resolve(declaration.value(), scheme);
        if (resolved.unset() != null || resolved.loop() != null) {
            Unset unset = resolved.unset() != null ? new Unset(resolved.unset(), null) : new Unset(resolved.loop().property(), resolved.loop().said());
            return new ContrastSide(written, CssColour.UNREAD, resolved.fallback(), declaration, null, unset, false);
        }
        Declaration named = property == null ? null : scheme.get(property);
        String why = resolved.why() == null ? "" : resolved.why();
        if (property == null || resolved.fallback()) {
            String shown = property == null ? written : written + " (its fallback, as " + resolved.because() + ")";
            return new ContrastSide(shown, resolved.rgb(), true, declaration, why.isEmpty() ? shown : shown + " (" + why + ")", null, false);
        }
        return new ContrastSide("--" + property + " " + named.value(), resolved.rgb(), false, declaration,
                written + " (--" + property + " " + named.value() + (why.isEmpty() ? "" : "; " + why) + ")", null, false);
    }
}
