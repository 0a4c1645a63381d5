package guide.check;

import guide.site.Problem;
import guide.style.CssColour;
import guide.style.CustomProperties;
import guide.style.Declaration;
import guide.style.StyleBlocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a colour written in a rule ({@code .quiz-result { color: #777; }}) to the 4.5:1 contrast WCAG AA asks of text, as
 * {@link TextContrast} holds the palette: against the rule's own {@code background} when it sets one, or else the page's
 * {@code --bg}, in each scheme the rule applies in. A designer who writes a grey straight into a rule bypasses the palette's
 * check, and the grey is just as lost to a reader with weaker sight. A pair is checked when the rule writes one of its two
 * colours as {@code #rrggbb}, {@code #rgb} or {@code rgb()} (the other may name a custom property); pairs of custom properties
 * only are the palette's. Rules for print and for forced colours (the reader's system colours) are not checked.
 */
public final class RuleContrast {
    private static final double AA = 4.5;
    private static final String SITE = "/css/site.css";
    private static final Pattern DARK = Pattern.compile("prefers-color-scheme\\s*:\\s*dark");
    private static final Pattern LIGHT = Pattern.compile("prefers-color-scheme\\s*:\\s*light");
    private static final Pattern SKIPPED = Pattern.compile("\\bprint\\b|forced-colors\\s*:\\s*active");
    private static final Pattern VAR = Pattern.compile("var\\(\\s*--([\\w-]+)\\s*(?:,[^)]*)?\\)");
    private static final Pattern NO_GROUND = Pattern.compile("none|transparent|inherit|unset|initial");

    /** A colour of a pair: how a message names it, and its value in the scheme, or {@link CssColour#UNREAD}. */
    private record Side(String named, int rgb, boolean literal) {
    }

    private RuleContrast() {
    }

    /** The warnings for the colours written in the rules of {@code sheets}, against the schemes of {@code /css/site.css}. */
    public static List<Problem> of(List<StyleSheets.Sheet> sheets) {
        CustomProperties site = sheets.stream().filter(s -> s.sitePath().equals(SITE)).findFirst()
                .map(s -> CustomProperties.of(s.text())).orElse(null);
        List<Problem> found = new ArrayList<>();
        for (StyleSheets.Sheet sheet : sheets) {
            List<StyleBlocks.Block> blocks = StyleBlocks.of(sheet.text());
            CustomProperties schemes = site == null ? CustomProperties.of(blocks) : site;
            for (StyleBlocks.Block block : blocks) {
                check(sheet, block, schemes, found);
            }
        }
        return found;
    }

    private static void check(StyleSheets.Sheet sheet, StyleBlocks.Block block, CustomProperties schemes, List<Problem> found) {
        Declaration colour = block.last("color");
        if (colour == null || block.selects(":root") || block.conditions().stream().anyMatch(c -> SKIPPED.matcher(c).find())) {
            return;
        }
        Declaration ground = ground(block);
        boolean inkLiteral = CssColour.rgb(colour.value()) != CssColour.UNREAD;
        boolean groundLiteral = ground != null && CssColour.rgb(ground.value()) != CssColour.UNREAD;
        if (!inkLiteral && !groundLiteral) {
            return;
        }
        if (inkLiteral && groundLiteral) {
            pair(sheet, block, colour, side(colour, Map.of()), side(ground, Map.of()), "", found);
            return;
        }
        boolean dark = block.conditions().stream().anyMatch(c -> DARK.matcher(c).find());
        boolean light = block.conditions().stream().anyMatch(c -> LIGHT.matcher(c).find());
        if (!dark) {
            scheme(sheet, block, colour, ground, schemes.light(), "light", found);
        }
        if (!light && schemes.dark() != null) {
            scheme(sheet, block, colour, ground, schemes.dark(), "dark", found);
        }
    }

    /** The rule's last {@code background} or {@code background-color}; null when it sets none, or none of its own. */
    private static Declaration ground(StyleBlocks.Block block) {
        Declaration ground = null;
        for (Declaration d : block.declarations()) {
            ground = d.name().equals("background") || d.name().equals("background-color") ? d : ground;
        }
        return ground == null || NO_GROUND.matcher(ground.value().toLowerCase(Locale.ROOT)).matches() ? null : ground;
    }

    private static void scheme(StyleSheets.Sheet sheet, StyleBlocks.Block block, Declaration colour, Declaration ground,
            Map<String, Declaration> scheme, String name, List<Problem> found) {
        Side paper;
        if (ground == null) {
            Declaration bg = scheme.get("bg");
            paper = bg == null ? null : new Side("--bg " + bg.value(), CssColour.rgb(bg.value()), false);
        } else {
            paper = side(ground, scheme);
        }
        if (paper != null) {
            pair(sheet, block, CssColour.rgb(colour.value()) != CssColour.UNREAD ? colour : ground, side(colour, scheme), paper,
                    " (" + name + " scheme)", found);
        }
    }

    /** A declaration's colour: a literal as written, a custom property by its name and value in {@code scheme}. */
    private static Side side(Declaration declaration, Map<String, Declaration> scheme) {
        int rgb = CssColour.rgb(declaration.value());
        if (rgb != CssColour.UNREAD) {
            return new Side(declaration.name() + ": " + declaration.value(), rgb, true);
        }
        Matcher var = VAR.matcher(declaration.value());
        Declaration named = var.matches() ? scheme.get(var.group(1)) : null;
        return named == null ? new Side("", CssColour.UNREAD, false)
                : new Side("--" + var.group(1) + " " + named.value(), CssColour.rgb(named.value()), false);
    }

    private static void pair(StyleSheets.Sheet sheet, StyleBlocks.Block block, Declaration at, Side ink, Side paper, String scheme,
            List<Problem> found) {
        if (ink.rgb() == CssColour.UNREAD || paper.rgb() == CssColour.UNREAD) {
            return;
        }
        double ratio = CssColour.ratio(ink.rgb(), paper.rgb());
        if (ratio >= AA) {
            return;
        }
        String move = ink.literal() ? "the color " + (TextContrast.darkerOn(paper.rgb()) ? "darker" : "lighter")
                : "the background " + (TextContrast.darkerOn(ink.rgb()) ? "darker" : "lighter");
        found.add(Problem.warning(sheet.file(), at.line(), String.format(Locale.ROOT, "%s in %s on %s%s has a contrast of %.1f:1, under the"
                + " 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make %s", ink.named(),
                block.selectors().replaceAll("\\s+", " "), paper.named(), scheme, Math.floor(ratio * 10) / 10, move)));
    }
}
