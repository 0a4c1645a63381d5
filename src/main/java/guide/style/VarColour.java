package guide.style;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A colour value as the browser computes it through {@code var()}: {@code var(--name)} takes the value a scheme's
 * {@code :root} gives {@code --name}, followed through the custom properties that value names in turn, and
 * {@code var(--name, fallback)} takes its fallback when no {@code :root} sets {@code --name} (or its value names one none
 * sets). A {@code var()} whose property is set nowhere and that gives no fallback leaves the declaration without a value,
 * which the browser treats as {@code unset}: that is named, as the designer meant a colour and the reader gets none of it.
 * Custom properties that name each other in a loop, and a value {@link CssColour} does not read, are read as no colour.
 */
public final class VarColour {
    private static final Pattern VAR = Pattern.compile("var\\(\\s*--([\\w-]+)\\s*(?:,(.*))?\\)", Pattern.DOTALL);

    /**
     * What a value comes to.
     *
     * @param rgb      the colour as 0xrrggbb, or {@link CssColour#UNREAD}
     * @param unset    a custom property no {@code :root} sets, named by a {@code var()} without a fallback on the way, which
     *                 leaves the declaration without a value; null when there is none
     * @param fallback whether the value's own fallback was taken, so that the colour is the one it writes
     */
    public record Resolved(int rgb, String unset, boolean fallback) {
    }

    /** A step: a colour, none read, or none at all for want of {@code unset}. */
    private record Step(int rgb, String unset) {
        boolean invalid() {
            return unset != null;
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

    /** {@code value} resolved against {@code scheme}, a scheme's custom properties by name without their dashes. */
    public static Resolved resolve(String value, Map<String, Declaration> scheme) {
        Reference reference = reference(value);
        if (reference == null) {
            return new Resolved(CssColour.rgb(value.strip()), null, false);
        }
        Step step = property(reference.name(), scheme, new HashSet<>());
        if (step.invalid() && reference.fallback() != null) {
            Step fallback = step(reference.fallback(), scheme, new HashSet<>());
            return new Resolved(fallback.rgb(), fallback.unset(), true);
        }
        return new Resolved(step.rgb(), step.unset(), false);
    }

    private static Step step(String value, Map<String, Declaration> scheme, Set<String> seen) {
        Reference reference = reference(value);
        if (reference == null) {
            return new Step(CssColour.rgb(value.strip()), null);
        }
        Step step = property(reference.name(), scheme, seen);
        return step.invalid() && reference.fallback() != null ? step(reference.fallback(), scheme, seen) : step;
    }

    private static Step property(String name, Map<String, Declaration> scheme, Set<String> seen) {
        Declaration declaration = scheme.get(name);
        if (declaration == null) {
            return new Step(CssColour.UNREAD, name);
        }
        if (!seen.add(name)) {
            return new Step(CssColour.UNREAD, null);
        }
        Step step = step(declaration.value(), scheme, seen);
        seen.remove(name);
        return step;
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
