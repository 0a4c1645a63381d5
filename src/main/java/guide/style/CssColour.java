package guide.style;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A colour as a style sheet writes it, read into sRGB, and the WCAG contrast of two: what the contrast checks measure and the
 * social cards draw with. It reads {@code #rrggbb}, {@code #rgb}, {@code rgb(r, g, b)} (or {@code rgb(r g b)}),
 * {@code hsl(h, s%, l%)} (or {@code hsl(h s l)}, the hue in {@code deg}, {@code grad}, {@code rad} or {@code turn}) as CSS
 * Color Module Level 4 turns it into sRGB, and the 148 {@linkplain NamedColours named colours}; an {@code rgba()} or
 * {@code hsla()} is read when it is opaque (no alpha, or 1 or 100%). Any other way of writing a colour ({@code color-mix()},
 * {@code var()}, a system colour, one seen through) is left to its caller to name as not read, rather than guessed.
 */
public final class CssColour {
    /** A colour written so is read as none. */
    public static final int UNREAD = -1;
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");
    private static final String NUMBER = "([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?)";
    /** An optional alpha after a comma or a slash; it is group {@code n} (the number) and {@code n + 1} (a percent sign). */
    private static final String ALPHA = "(?:\\s*[,/]\\s*" + NUMBER + "(%?))?\\s*\\)";
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d{1,3})(?:\\s*,\\s*|\\s+)(\\d{1,3})(?:\\s*,\\s*|\\s+)(\\d{1,3})"
            + ALPHA, Pattern.CASE_INSENSITIVE);
    private static final Pattern HSL = Pattern.compile("hsla?\\(\\s*" + NUMBER + "(deg|grad|rad|turn)?(?:\\s*,\\s*|\\s+)" + NUMBER
            + "(%?)(?:\\s*,\\s*|\\s+)" + NUMBER + "(%?)" + ALPHA, Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[a-zA-Z]+");

    private CssColour() {
    }

    /** Whether {@code value} is a colour written {@code #rrggbb} or {@code #rgb}. */
    public static boolean isHex(String value) {
        return HEX.matcher(value).matches();
    }

    /** The colour {@code value} writes as 0xrrggbb, or {@link #UNREAD} when it is none this reads. */
    public static int rgb(String value) {
        Matcher hex = HEX.matcher(value);
        if (hex.matches()) {
            return Integer.parseInt(hex.group(1).length() == 3 ? hex.group(1).replaceAll("(.)", "$1$1") : hex.group(1), 16);
        }
        Matcher hsl = HSL.matcher(value);
        if (hsl.matches()) {
            return opaque(hsl, 7) ? Hsl.rgb(hsl) : UNREAD;
        }
        if (NAME.matcher(value).matches()) {
            return NamedColours.rgb(value);
        }
        Matcher rgb = RGB.matcher(value);
        if (!rgb.matches() || !opaque(rgb, 4)) {
            return UNREAD;
        }
        int colour = 0;
        for (int i = 1; i <= 3; i++) {
            int channel = Integer.parseInt(rgb.group(i));
            if (channel > 255) {
                return UNREAD;
            }
            colour = colour << 8 | channel;
        }
        return colour;
    }

    /** Whether the alpha at group {@code group} of {@code colour} is none, or 1 or 100%: a colour nothing shows through. */
    private static boolean opaque(Matcher colour, int group) {
        if (colour.group(group) == null) {
            return true;
        }
        return Double.parseDouble(colour.group(group)) >= (colour.group(group + 1).isEmpty() ? 1 : 100);
    }

    /** The WCAG contrast ratio of two sRGB colours, 1 to 21. */
    public static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
    public static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
