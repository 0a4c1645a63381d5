package guide.check;

import guide.site.Problem;
import guide.style.CssColour;
import guide.style.CustomProperties;
import guide.style.Declaration;
import guide.style.StyleBlocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * colours itself (the other may name a custom property, followed through the ones it names); pairs of custom properties only
 * are the palette's. A colour the rule writes in a form {@link CssColour} does not read ({@code color-mix()}, a system colour,
 * one seen through, a background image), or a custom property it names that resolves to none, is named in one warning per
 * rule, at its line, as not checked: silence would pass for a pass. Rules for print and for forced colours (the reader's
 * system colours) are not checked.
 *
 * <p>The check follows no inheritance: a rule whose text takes its parent's colour ({@code color: inherit},
 * {@code currentColor}, or no {@code color} at all) is not checked, as its colour is checked in the rule that writes it;
 * and a rule's text is measured against its own background or {@code --bg}, not a background an ancestor paints. Which
 * ancestor that is depends on the page's markup, which a style sheet alone does not tell.
 */
public final class RuleContrast {
    private static final double AA = 4.5;
    private static final String SITE = "/css/site.css";
    private static final Pattern DARK = Pattern.compile("prefers-color-scheme\\s*:\\s*dark");
    private static final Pattern LIGHT = Pattern.compile("prefers-color-scheme\\s*:\\s*light");
    private static final Pattern SKIPPED = Pattern.compile("\\bprint\\b|forced-colors\\s*:\\s*active");
    private static final Pattern VAR = Pattern.compile("var\\(\\s*--([\\w-]+)\\s*(?:,[^)]*)?\\)");
    private static final Pattern NO_GROUND = Pattern.compile("none|transparent|inherit|unset|initial");
    /** A text colour that takes its parent's: checked where that colour is written, as the check follows no inheritance. */
    private static final Pattern INHERITED = Pattern.compile("inherit|unset|revert|revert-layer|currentcolor", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HOPS = 8;

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
        if (colour == null || block.selects(":root") || block.conditions().stream().anyMatch(c -> SKIPPED.matcher(c).find())
                || INHERITED.matcher(colour.value()).matches()) {
            return;
        }
        Declaration ground = ground(block);
        boolean inkWritten = !VAR.matcher(colour.value()).matches();
        boolean groundWritten = ground != null && !VAR.matcher(ground.value()).matches();
        if (!inkWritten && !groundWritten) {
            return;
        }
        Map<String, Declaration> unread = new LinkedHashMap<>();
        if (inkWritten && groundWritten) {
            pair(sheet, block, colour, side(colour, Map.of(), unread), side(ground, Map.of(), unread), "", found);
        } else {
            boolean dark = block.conditions().stream().anyMatch(c -> DARK.matcher(c).find());
            boolean light = block.conditions().stream().anyMatch(c -> LIGHT.matcher(c).find());
            if (!dark) {
                scheme(sheet, block, colour, ground, schemes.light(), "light", unread, found);
            }
            if (!light && schemes.dark() != null) {
                scheme(sheet, block, colour, ground, schemes.dark(), "dark", unread, found);
            }
        }
        if (!unread.isEmpty()) {
            found.add(Problem.warning(sheet.file(), unread.values().iterator().next().line(), "cannot check the contrast of "
                    + String.join(", ", unread.keySet()) + " in "
                    + block.selectors().replaceAll("\\s+", " ") + ", as the check reads no colour from it: check it by hand, or"
                    + " write the colour as #rrggbb, #rgb, rgb(), hsl() or a colour's name"));
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
            Map<String, Declaration> scheme, String name, Map<String, Declaration> unread, List<Problem> found) {
        Side paper;
        if (ground == null) {
            Declaration bg = scheme.get("bg");
            paper = bg == null ? null : new Side("--bg " + bg.value(), CssColour.rgb(bg.value()), false);
        } else {
            paper = side(ground, scheme, unread);
        }
        if (paper != null) {
            pair(sheet, block, VAR.matcher(colour.value()).matches() ? ground : colour, side(colour, scheme, unread), paper,
                    " (" + name + " scheme)", found);
        }
    }

    /**
     * A declaration's colour: one written in the rule as written, a custom property by its name and value in {@code scheme}
     * (followed through the custom properties it names in turn); one it cannot read is added to {@code unread} as written.
     */
    private static Side side(Declaration declaration, Map<String, Declaration> scheme, Map<String, Declaration> unread) {
        int rgb = CssColour.rgb(declaration.value());
        String written = declaration.name() + ": " + declaration.value();
        if (rgb != CssColour.UNREAD) {
            return new Side(written, rgb, true);
        }
        Matcher var = VAR.matcher(declaration.value());
        if (!var.matches()) {
            unread.put(written, declaration);
            return new Side(written, CssColour.UNREAD, true);
        }
        Declaration named = scheme.get(var.group(1));
        String value = named == null ? null : named.value();
        for (int hops = 0; value != null && hops < MAX_HOPS && CssColour.rgb(value) == CssColour.UNREAD; hops++) {
            Matcher next = VAR.matcher(value);
            Declaration further = next.matches() ? scheme.get(next.group(1)) : null;
            value = further == null ? null : further.value();
        }
        if (value == null || CssColour.rgb(value) == CssColour.UNREAD) {
            unread.put(written + (named == null ? " (--" + var.group(1) + " is set in no :root the check reads)" : " (--" + var.group(1) + " "
                    + named.value() + ")"), declaration);
            return new Side("", CssColour.UNREAD, false);
        }
        return new Side("--" + var.group(1) + " " + named.value(), CssColour.rgb(value), false);
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
