package guide.style;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code color-mix()} of two colours, read and mixed as CSS Color Module Level 5, section 2 "Mixing Colors"
 * (https://www.w3.org/TR/css-color-5/#color-mix) does it in {@code srgb}: the percentages normalised as its section 2.1 says
 * (one left out is 100% less the other, both left out are 50% each, two that do not add up to 100% are scaled to, and a sum
 * under 100% makes the mix that much see-through), each channel the weighted mean of the two, rounded to the nearest of 256
 * steps as the browser paints it. The guide's style sheets mix their tints so ({@code --quiz-checked} in quiz.css), and a
 * tint the check skipped could hide text the reader cannot make out. A mix in another colour space ({@code oklch},
 * {@code lab}) gives another colour, which this does not work out: it says so, rather than guess. The two colours are its
 * caller's to read, as they may be {@code var()}s.
 */
final class ColourMix {
    private static final Pattern MIX = Pattern.compile("color-mix\\(\\s*in\\s+([a-z0-9-]+)(?:\\s+[a-z]+\\s+hue)?\\s*,(.*)\\)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String NUMBER = "([+-]?(?:\\d+\\.?\\d*|\\.\\d+))%";
    private static final Pattern PERCENT = Pattern.compile(NUMBER);
    private static final Pattern TRAILING = Pattern.compile("(.*\\S)\\s+" + NUMBER, Pattern.DOTALL);

    /**
     * A mix as written: its colour space, lower-cased, and its two colours, each with its percentage or null where it gives none.
     */
    record Mix(String space, String first, Double firstPercent, String second, Double secondPercent) {
    }

    private ColourMix() {
    }

    /** {@code value} read as a {@code color-mix()} of two colours, or null when it is not one. */
    static Mix parse(String value) {
        Matcher mix = MIX.matcher(value.strip());
        if (!mix.matches()) {
            return null;
        }
        List<String> parts = topLevel(mix.group(2));
        if (parts == null || parts.size() != 2) {
            return null;
        }
        String[] first = colourAndPercent(parts.get(0));
        String[] second = colourAndPercent(parts.get(1));
        if (first == null || second == null) {
            return null;
        }
        return new Mix(mix.group(1).toLowerCase(Locale.ROOT), first[0], first[1] == null ? null : Double.valueOf(first[1]), second[0],
                second[1] == null ? null : Double.valueOf(second[1]));
    }

    /**
     * Why the check works out no colour for {@code mix} whatever its two colours: a colour space other than srgb, percentages
     * the browser drops the declaration for, or ones that make the mix see-through; null when it works one out.
     */
    static String unmixed(Mix mix) {
        if (!mix.space().equals("srgb")) {
            return "a mix in " + mix.space() + ", which the check does not work out: it mixes in srgb only";
        }
        String dropped = percentages(mix);
        if (dropped != null) {
            return dropped;
        }
        Double p1 = mix.firstPercent();
        Double p2 = mix.secondPercent();
        double sum = weight(p1, p2) + weight(p2, p1);
        if (sum < 100) {
            return String.format(Locale.ROOT, "percentages that add up to %s%%, which makes the mix see-through",
                    sum == Math.rint(sum) ? String.valueOf((long) sum) : String.valueOf(sum));
        }
        return null;
    }

    /**
     * Why the browser drops {@code value}, a {@code color-mix()} of other than two colours or with percentages it does not
     * take (CSS Color 5, section 2: a percentage outside 0% to 100%, or two that add up to 0%, make it invalid); null when it
     * takes it, or when {@code value} is no {@code color-mix()}.
     */
    static String dropped(String value) {
        Matcher mix = MIX.matcher(value.strip());
        if (!mix.matches()) {
            return null;
        }
        List<String> parts = topLevel(mix.group(2));
        if (parts != null && parts.size() != 2) {
            return "a color-mix() of " + (parts.size() == 1 ? "one colour" : parts.size() + " colours")
                    + ", which the browser drops: color-mix() needs two colours";
        }
        Mix read = parse(value);
        return read == null ? null : percentages(read);
    }

    private static String percentages(Mix mix) {
        Double p1 = mix.firstPercent();
        Double p2 = mix.secondPercent();
        if (p1 != null && (p1 < 0 || p1 > 100) || p2 != null && (p2 < 0 || p2 > 100)) {
            return "a percentage outside 0% to 100%, which the browser drops";
        }
        return p1 != null && p2 != null && p1 + p2 == 0 ? "percentages that add up to 0%, which the browser drops" : null;
    }

    /** {@code mix} of {@code first} and {@code second}, its two colours read as 0xrrggbb, when {@link #unmixed} finds nothing. */
    static int mix(Mix mix, int first, int second) {
        double a = weight(mix.firstPercent(), mix.secondPercent());
        double b = weight(mix.secondPercent(), mix.firstPercent());
        int colour = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double channel = (((first >> shift) & 0xff) * a + ((second >> shift) & 0xff) * b) / (a + b);
            colour = colour << 8 | (int) Math.round(channel);
        }
        return colour;
    }

    /** A colour's percentage as written, or 100% less the other's, or 50% when neither gives one. */
    private static double weight(Double own, Double other) {
        return own != null ? own : other != null ? 100 - other : 50;
    }

    /** A colour and its percentage (either order, the percentage optional), or null when the part is not one. */
    private static String[] colourAndPercent(String part) {
        String text = part.strip();
        Matcher leading = PERCENT.matcher(text);
        if (leading.lookingAt()) {
            String colour = text.substring(leading.end()).strip();
            return colour.isEmpty() ? null : new String[] {colour, leading.group(1)};
        }
        Matcher trailing = TRAILING.matcher(text);
        if (trailing.matches()) {
            return new String[] {trailing.group(1), trailing.group(2)};
        }
        return text.isEmpty() ? null : new String[] {text, null};
    }

    /** {@code text} split at its commas outside brackets ({@link TopLevelCommas}), or null when its brackets do not balance. */
    private static List<String> topLevel(String text) {
        return TopLevelCommas.balanced(text) ? TopLevelCommas.split(text) : null;
    }
}
