package guide.style;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A colour value as the browser computes it through {@code var()}: {@code var(--name)} takes the value a scheme's
 * {@code :root} gives {@code --name}, followed through the custom properties that value names in turn, and
 * {@code var(--name, fallback)} takes its fallback when no {@code :root} sets {@code --name} (or its value names one none
 * sets), or when {@code --name} is on a loop of custom properties that name each other ({@link PropertyLoops}): both leave
 * it guaranteed-invalid. A {@code var()} whose property is set nowhere and that gives no fallback leaves the declaration
 * without a value, which the browser treats as {@code unset}: that is named, as the designer meant a colour and the reader
 * gets none of it. A {@code color-mix()} in srgb is mixed ({@link ColourMix}) from its two colours, each resolved so in
 * turn. A {@code var()} without a fallback of a property on a loop leaves the declaration without a value too (invalid at
 * computed-value time, https://www.w3.org/TR/css-variables-1/#invalid-variables), which is named with the loop. A value {@link CssColour}
 * does not read is read as no colour, with the reason when there is one to give.
 */
public final class VarColour {
    private static final Pattern VAR = Pattern.compile("var\\(\\s*--([\\w-]+)\\s*(?:,(.*))?\\)", Pattern.DOTALL);

    /**
     * What a value comes to.
     *
     * @param rgb      the colour as 0xrrggbb, or {@link CssColour#UNREAD}
     * @param unset    a custom property no {@code :root} sets, named by a {@code var()} without a fallback on the way, which
     *                 leaves the declaration without a value; null when there is none
     * @param loop     the loop a {@code var()} without a fallback on the way names a property of, which leaves the declaration
     *                 without a value as well; null when there is none
     * @param fallback whether the value's own fallback was taken, so that the colour is the one it writes
     * @param because  why the fallback was taken ({@code no :root sets --x}, {@code --a and --b name each other in a loop}),
     *                 or null when it was not
     * @param why      why no colour was read, when there is more to say than that the check does not read the form; or null
     */
    public record Resolved(int rgb, String unset, Loop loop, boolean fallback, String because, String why) {
    }

    /**
     * A loop of custom properties met on the way.
     *
     * @param property the property on it that the {@code var()} names, without its dashes
     * @param said     how a message names the loop ({@code --a and --b name each other in a loop})
     */
    public record Loop(String property, String said) {
    }

    /**
     * A step: a colour, none read ({@code why} saying why, or null), or none at all for want of {@code unset}, or as the
     * property is on {@code loop}.
     */
    private record Step(int rgb, String unset, Loop loop, String why) {
        boolean invalid() {
            return unset != null || loop != null;
        }
    }

    /** A {@code var()}: the custom property it names, without its dashes, and its fallback as written, or null. */
    private record Reference(String name, String fallback) {
    }

    private VarColour() {
    }

    /** Whether {@code value} is a {@code var()} and nothing more. */
    public static boolean isVar(String value) {
        return reference(value) != null;
    }

    /** The custom property {@code value} names, when it is a {@code var()}, or null. */
    public static String named(String value) {
        Reference reference = reference(value);
        return reference == null ? null : reference.name();
    }

    /** Why the browser drops {@code value}, a {@code color-mix()} it does not take (of one colour, or percentages adding up to 0%); or null. */
    public static String dropped(String value) {
        return ColourMix.dropped(value);
    }

    /** {@code value} resolved against {@code scheme}, a scheme's custom properties by name without their dashes. */
    public static Resolved resolve(String value, Map<String, Declaration> scheme) {
        PropertyLoops loops = PropertyLoops.of(scheme);
        Reference reference = reference(value);
        if (reference == null) {
            Step step = step(value, scheme, loops);
            return new Resolved(step.rgb(), step.unset(), step.loop(), false, null, step.why());
        }
        Step step = property(reference.name(), scheme, loops);
        if (step.invalid() && reference.fallback() != null) {
            Step fallback = step(reference.fallback(), scheme, loops);
            return new Resolved(fallback.rgb(), fallback.unset(), fallback.loop(), true,
                    step.unset() != null ? "no :root sets --" + step.unset() : step.loop().said(), fallback.why());
        }
        return new Resolved(step.rgb(), step.unset(), step.loop(), false, null, step.why());
    }

    private static Step step(String value, Map<String, Declaration> scheme, PropertyLoops loops) {
        Reference reference = reference(value);
        if (reference == null) {
            ColourMix.Mix mix = ColourMix.parse(value);
            return mix == null ? new Step(CssColour.rgb(value.strip()), null, null, ColourMix.dropped(value)) : mix(mix, scheme, loops);
        }
        Step step = property(reference.name(), scheme, loops);
        return step.invalid() && reference.fallback() != null ? step(reference.fallback(), scheme, loops) : step;
    }

    /** A mix of two colours, each resolved; a {@code var()} in it that leaves it no value leaves the mix none either. */
    private static Step mix(ColourMix.Mix mix, Map<String, Declaration> scheme, PropertyLoops loops) {
        Step first = step(mix.first(), scheme, loops);
        Step second = step(mix.second(), scheme, loops);
        if (first.invalid() || second.invalid()) {
            return first.invalid() ? first : second;
        }
        String unmixed = ColourMix.unmixed(mix);
        if (unmixed != null || first.rgb() == CssColour.UNREAD || second.rgb() == CssColour.UNREAD) {
            return new Step(CssColour.UNREAD, null, null, unmixed != null ? unmixed : first.rgb() == CssColour.UNREAD ? first.why() : second.why());
        }
        return new Step(ColourMix.mix(mix, first.rgb(), second.rgb()), null, null, null);
    }

    private static Step property(String name, Map<String, Declaration> scheme, PropertyLoops loops) {
        Declaration declaration = scheme.get(name);
        if (declaration == null) {
            return new Step(CssColour.UNREAD, name, null, null);
        }
        String loop = loops.loop(name);
        return loop != null ? new Step(CssColour.UNREAD, null, new Loop(name, loop), null) : step(declaration.value(), scheme, loops);
    }

    /** {@code value} read as one {@code var()}, its fallback's brackets balanced, or null when it is anything else. */
    private static Reference reference(String value) {
        Matcher var = VAR.matcher(value.strip());
        if (!var.matches()) {
            return null;
        }
        String fallback = var.group(2);
        int depth = 0;
        for (int i = 0; fallback != null && i < fallback.length() && depth >= 0; i++) {
            depth += fallback.charAt(i) == '(' ? 1 : fallback.charAt(i) == ')' ? -1 : 0;
        }
        return depth == 0 ? new Reference(var.group(1), fallback == null ? null : fallback.strip()) : null;
    }
}
