package guide.style;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * An {@code hsl()} colour turned into sRGB as CSS Color Module Level 4, section 7.1 "Converting HSL Colors to sRGB Colors"
 * does it (https://www.w3.org/TR/css-color-4/#hsl-to-rgb): the hue taken round the circle, saturation and lightness held to 0
 * to 100%, each channel rounded to the nearest of 256 steps as the browser paints it.
 */
final class Hsl {
    private Hsl() {
    }

    /**
     * The colour {@code hsl} matched as 0xrrggbb: group 1 the hue and 2 its unit, 3 the saturation, 5 the lightness (4 and 6
     * their percent signs, which the modern syntax may leave out).
     */
    static int rgb(Matcher hsl) {
        double hue = degrees(Double.parseDouble(hsl.group(1)), hsl.group(2));
        double saturation = percent(hsl.group(3));
        double lightness = percent(hsl.group(5));
        double chroma = saturation * Math.min(lightness, 1 - lightness);
        int colour = 0;
        for (int n : new int[] {0, 8, 4}) {
            double k = (n + hue / 30) % 12;
            double channel = lightness - chroma * Math.max(-1, Math.min(Math.min(k - 3, 9 - k), 1));
            colour = colour << 8 | (int) Math.round(channel * 255);
        }
        return colour;
    }

    private static double degrees(double hue, String unit) {
        double degrees = switch (unit == null ? "deg" : unit.toLowerCase(Locale.ROOT)) {
            case "grad" -> hue * 0.9;
            case "rad" -> Math.toDegrees(hue);
            case "turn" -> hue * 360;
            default -> hue;
        };
        double turned = degrees % 360;
        return turned < 0 ? turned + 360 : turned;
    }

    private static double percent(String value) {
        return Math.max(0, Math.min(100, Double.parseDouble(value))) / 100;
    }
}
