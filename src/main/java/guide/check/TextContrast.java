package guide.check;

import guide.site.Problem;
import guide.site.TextLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds the site's text colours to the contrast WCAG AA asks of text (4.5:1), in the light scheme (the style sheet's first
 * {@code :root} block) and the dark one (a {@code :root} block under {@code prefers-color-scheme: dark}, on top of the light).
 * The colours are custom properties of {@code assets/css/site.css}, which a designer changes to restyle the guide; a link
 * colour a little too light passed unnoticed in the preview on a good screen, and readers with weaker sight or a phone in
 * the sun lost it. A pair under 4.5:1 is a warning at the line of the colour that makes it, saying which way to move it: the
 * way the background asks (darker text on a light background, lighter on a dark one), not away from the background, for text
 * as light as a light background, or a shade lighter, could only get lighter and still be lost.
 * Colours are read as {@code #rrggbb}, {@code #rgb} and {@code rgb(r, g, b)}; one written otherwise ({@code hsl()}, a name,
 * {@code var()}, a colour seen through, {@code rgba(…, 0.8)}) is named in one warning as not checked, so that no designer takes
 * silence for a pass.
 */
public final class TextContrast {
    /** The text colours and the backgrounds they are drawn on. */
    private static final List<String> TEXT = List.of("text", "muted", "link", "visited", "hover", "accent");
    private static final List<String> GROUNDS = List.of("bg", "surface");
    private static final double AA = 4.5;
    /**
     * The background luminance at which black and white text reach the same contrast (sqrt(1.05 x 0.05) - 0.05, about 0.18):
     * on a lighter background only darker text can reach 4.5:1, on a darker one only lighter text.
     */
    private static final double EVEN_GROUND = Math.sqrt(1.05 * 0.05) - 0.05;
    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern DARK = Pattern.compile("prefers-color-scheme\\s*:\\s*dark");
    private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+)\\s*:\\s*([^;{}]*[^;{}\\s])");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d{1,3})(?:\\s*,\\s*|\\s+)(\\d{1,3})(?:\\s*,\\s*|\\s+)(\\d{1,3})\\s*\\)");

    /** A colour as written, at offset {@code at} of the sheet; {@code rgb} is -1 for one the check cannot read. */
    private record Colour(int rgb, String written, int line, int at) {
        boolean read() {
            return rgb >= 0;
        }
    }

    private TextContrast() {
    }

    /** The warnings for the colour pairs of {@code sheet} (assets/css/site.css) under 4.5:1. */
    public static List<Problem> of(StyleSheets.Sheet sheet) {
        String css = StyleSheets.withoutComments(sheet.text());
        Map<String, Colour> light = new LinkedHashMap<>();
        Map<String, Colour> dark = null;
        Matcher root = ROOT.matcher(css);
        while (root.find()) {
            boolean inDark = DARK.matcher(css.substring(Math.max(0, css.lastIndexOf('@', root.start())), root.start())).find();
            if (!inDark && light.isEmpty()) {
                read(css, root.start(1), root.end(1), light);
            } else if (inDark && dark == null) {
                dark = new LinkedHashMap<>(light);
                read(css, root.start(1), root.end(1), dark);
            }
        }
        List<Problem> found = new ArrayList<>();
        check(sheet, light, "light", found);
        if (dark != null) {
            check(sheet, dark, "dark", found);
        }
        unread(sheet, dark == null ? List.of(light) : List.of(light, dark), found);
        return found;
    }

    private static void read(String css, int from, int to, Map<String, Colour> into) {
        Matcher m = PROPERTY.matcher(css).region(from, to);
        while (m.find()) {
            into.put(m.group(1), new Colour(rgb(m.group(2)), m.group(2), TextLines.lineAt(css, m.start()), m.start()));
        }
    }

    /** The colour {@code value} writes as 0xrrggbb, or -1 when it is none the check reads. */
    private static int rgb(String value) {
        Matcher hex = HEX.matcher(value);
        if (hex.matches()) {
            return Integer.parseInt(hex.group(1).length() == 3 ? hex.group(1).replaceAll("(.)", "$1$1") : hex.group(1), 16);
        }
        Matcher rgb = RGB.matcher(value);
        int colour = 0;
        for (int i = 1; rgb.matches() && i <= 3; i++) {
            int channel = Integer.parseInt(rgb.group(i));
            if (channel > 255) {
                return -1;
            }
            colour = colour << 8 | channel;
        }
        return rgb.matches() ? colour : -1;
    }

    /** The colours of the checked pairs the check could not read, in the sheet's order, in one warning at the first one's line. */
    private static void unread(StyleSheets.Sheet sheet, List<Map<String, Colour>> schemes, List<Problem> found) {
        List<String> pairs = new ArrayList<>(TEXT);
        pairs.addAll(GROUNDS);
        pairs.addAll(List.of("note-text", "note-bg"));
        Map<String, Colour> named = new LinkedHashMap<>();
        for (Map<String, Colour> scheme : schemes) {
            for (String name : pairs) {
                Colour colour = scheme.get(name);
                if (colour != null && !colour.read()) {
                    named.putIfAbsent("--" + name + " " + colour.written() + " (line " + colour.line() + ")", colour);
                }
            }
        }
        List<Map.Entry<String, Colour>> byLine = named.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getValue().at())).toList();
        if (!byLine.isEmpty()) {
            found.add(Problem.warning(sheet.file(), byLine.get(0).getValue().line(), "not checked for contrast, written in a form the check"
                    + " does not read: " + String.join(", ", byLine.stream().map(Map.Entry::getKey).toList())
                    + "; write a colour as #rrggbb, #rgb or rgb(r, g, b) to have it checked"));
        }
    }

    private static void check(StyleSheets.Sheet sheet, Map<String, Colour> scheme, String name, List<Problem> found) {
        for (String text : TEXT) {
            for (String ground : GROUNDS) {
                pair(sheet, scheme, text, ground, name, found);
            }
        }
        pair(sheet, scheme, "note-text", "note-bg", name, found);
    }

    private static void pair(StyleSheets.Sheet sheet, Map<String, Colour> scheme, String text, String ground, String name, List<Problem> found) {
        Colour ink = scheme.get(text);
        Colour paper = scheme.get(ground);
        if (ink == null || paper == null || !ink.read() || !paper.read()) {
            return;
        }
        double ratio = ratio(ink.rgb(), paper.rgb());
        if (ratio >= AA) {
            return;
        }
        boolean darker = luminance(paper.rgb()) > EVEN_GROUND;
        found.add(Problem.warning(sheet.file(), ink.line(), String.format(Locale.ROOT, "--%s %s on --%s %s (%s scheme) has a contrast of"
                + " %.1f:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --%s %s", text, ink.written(),
                ground, paper.written(), name, Math.floor(ratio * 10) / 10, text, darker ? "darker" : "lighter")));
    }

    /** The WCAG contrast ratio of two sRGB colours, 1 to 21. */
    static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
