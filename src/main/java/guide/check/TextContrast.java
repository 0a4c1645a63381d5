package guide.check;

import guide.site.Problem;
import guide.style.CssColour;
import guide.style.CustomProperties;
import guide.style.Declaration;
import guide.style.VarColour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Holds the site's text colours to the contrast WCAG AA asks of text (4.5:1), in the light scheme and the dark one as
 * {@link CustomProperties} reads them ({@code :root}, and {@code :root} under {@code prefers-color-scheme: dark} on top of it).
 * The colours are custom properties of {@code assets/css/site.css}, which a designer changes to restyle the guide; a link
 * colour a little too light passed unnoticed in the preview on a good screen, and readers with weaker sight or a phone in
 * the sun lost it. A pair under 4.5:1 is a warning at the line of the text colour that makes it, saying which way to move
 * it: the way that reaches 4.5:1 with the smaller change ({@link ContrastMoves}); the background is not named, as every text
 * colour is drawn on it.
 * Colours are read as {@link VarColour} reads a rule's ({@code #rrggbb}, {@code #rgb}, {@code rgb()}, {@code hsl()}, a
 * colour's name, a {@code var()} of another custom property, a {@code color-mix()} in srgb), and a mixed or named one is
 * shown with the colour it comes to; one it reads no colour from ({@code color-mix()} in another colour space, a system
 * colour, a colour seen through, {@code rgba(…, 0.8)}, a {@code var()} of a property no {@code :root} sets) is named in one
 * warning as not checked, with the reason where there is one, so that no designer takes silence for a pass. A colour
 * written in a rule rather than a custom property is {@link RuleContrast}'s.
 */
public final class TextContrast {
    /** The text colours and the backgrounds they are drawn on. */
    private static final List<String> TEXT = List.of("text", "muted", "link", "visited", "hover", "accent");
    private static final List<String> GROUNDS = List.of("bg", "surface");
    private static final double AA = 4.5;
    /** A colour as written, at offset {@code at} of the sheet; {@code rgb} is -1 for one the check cannot read. */
    private record Colour(int rgb, String written, int line, int at, String why) {
        boolean read() {
            return rgb >= 0;
        }

        /** The colour as written, and the colour it comes to when it is written as a mix or through a custom property. */
        String shown() {
            return CssColour.rgb(written.strip()) == rgb ? written : written + String.format(Locale.ROOT, " (#%06x)", rgb);
        }
    }

    private TextContrast() {
    }

    /** The warnings for the colour pairs of {@code sheet} (assets/css/site.css) under 4.5:1. */
    public static List<Problem> of(StyleSheets.Sheet sheet) {
        CustomProperties properties = CustomProperties.of(sheet.text());
        Map<String, Colour> light = colours(properties.light());
        Map<String, Colour> dark = properties.dark() == null ? null : colours(properties.dark());
        List<Problem> found = new ArrayList<>();
        check(sheet, light, "light", found);
        if (dark != null) {
            check(sheet, dark, "dark", found);
        }
        unread(sheet, dark == null ? List.of(light) : List.of(light, dark), found);
        return found;
    }

    private static Map<String, Colour> colours(Map<String, Declaration> scheme) {
        Map<String, Colour> colours = new LinkedHashMap<>();
        scheme.forEach((name, d) -> {
            VarColour.Resolved resolved = VarColour.resolve(d.value(), scheme);
            String why = resolved.unset() != null ? "no :root sets --" + resolved.unset()
                    : resolved.loop() != null ? resolved.loop().said() + ", which the browser drops" : resolved.why();
            colours.put(name, new Colour(resolved.unset() != null ? CssColour.UNREAD : resolved.rgb(), d.value(), d.line(), d.offset(), why));
        });
        return colours;
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
                    named.putIfAbsent("--" + name + " " + colour.written() + " (line " + colour.line()
                            + (colour.why() == null ? "" : ": " + colour.why()) + ")", colour);
                }
            }
        }
        List<Map.Entry<String, Colour>> byLine = named.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getValue().at())).toList();
        if (!byLine.isEmpty()) {
            found.add(Problem.warning(sheet.file(), byLine.get(0).getValue().line(), "not checked for contrast, written in a form the check"
                    + " does not read: " + String.join(", ", byLine.stream().map(Map.Entry::getKey).toList())
                    + "; write a colour as #rrggbb, #rgb, rgb(), hsl(), a colour's name or a color-mix() of them in srgb to have it checked"));
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
        double ratio = CssColour.ratio(ink.rgb(), paper.rgb());
        if (ratio >= AA) {
            return;
        }
        boolean darker = ContrastMoves.of(ink.rgb(), paper.rgb(), true).darker();
        found.add(Problem.warning(sheet.file(), ink.line(), String.format(Locale.ROOT, "--%s %s on --%s %s (%s scheme) has a contrast of"
                + " %.1f:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --%s %s", text, ink.shown(),
                ground, paper.shown(), name, Math.floor(ratio * 10) / 10, text, darker ? "darker" : "lighter")));
    }

    /** Whether this check holds the custom property {@code text} (without its dashes) to {@code ground}; false for a null. */
    static boolean pairs(String text, String ground) {
        return TEXT.contains(text) && GROUNDS.contains(ground) || "note-text".equals(text) && "note-bg".equals(ground);
    }
}
