package guide.check;

import guide.site.Problem;
import guide.site.TextLines;

import java.util.ArrayList;
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
 * the sun lost it. A pair under 4.5:1 is a warning at the line of the colour that makes it, saying which way to move it.
 */
public final class TextContrast {
    /** The text colours and the backgrounds they are drawn on. */
    private static final List<String> TEXT = List.of("text", "muted", "link", "visited", "hover", "accent");
    private static final List<String> GROUNDS = List.of("bg", "surface");
    private static final double AA = 4.5;
    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern DARK = Pattern.compile("prefers-color-scheme\\s*:\\s*dark");
    private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");

    private record Colour(int rgb, String written, int line) {
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
        return found;
    }

    private static void read(String css, int from, int to, Map<String, Colour> into) {
        Matcher m = PROPERTY.matcher(css).region(from, to);
        while (m.find()) {
            String hex = m.group(2).length() == 3 ? m.group(2).replaceAll("(.)", "$1$1") : m.group(2);
            into.put(m.group(1), new Colour(Integer.parseInt(hex, 16), "#" + m.group(2), TextLines.lineAt(css, m.start())));
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
        if (ink == null || paper == null) {
            return;
        }
        double ratio = ratio(ink.rgb(), paper.rgb());
        if (ratio >= AA) {
            return;
        }
        boolean darker = luminance(ink.rgb()) < luminance(paper.rgb());
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
