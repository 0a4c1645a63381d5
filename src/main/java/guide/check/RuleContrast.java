package guide.check;

import guide.site.Problem;
import guide.style.CssColour;
import guide.style.CustomProperties;
import guide.style.Declaration;
import guide.style.StyleBlocks;
import guide.style.TextlessSelectors;
import guide.style.VarColour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Holds a colour written in a rule ({@code .quiz-result { color: #777; }}) to the 4.5:1 contrast WCAG AA asks of text, as
 * {@link TextContrast} holds the palette: against the rule's own {@code background} when it sets one, or else the page's
 * {@code --bg}, in each scheme the rule applies in. A designer who writes a grey straight into a rule bypasses the palette's
 * check, and the grey is just as lost to a reader with weaker sight. A pair is checked when the rule writes one of its two
 * colours itself, or a {@code var()} whose fallback it writes is taken (the other may name a custom property, resolved by
 * {@link VarColour} against the {@code :root} of every style sheet the page loads); pairs of custom properties only are the
 * palette's. A {@code color-mix()} in srgb is mixed ({@link VarColour} resolves what it mixes); a colour the rule writes in a
 * form the check does not read (a mix in another colour space, a system colour, one seen through, a background image), or a
 * custom property it names that resolves to none, is named in one warning per rule, at its line, as not checked, with the
 * reason when there is one: silence would pass for a pass. A {@code var()} of a custom property no {@code :root} sets, or of
 * one on a loop of custom properties that name each other, without a fallback, is named in a warning of its own, checked pair
 * or not, with what the reader sees instead: the browser drops the colour. Rules for print and for
 * forced colours (the reader's system colours) are not checked.
 *
 * <p>A rule that paints a background but writes no {@code color} of its own ({@code color: inherit}, {@code currentColor} and
 * the like count as none) shows its text in the colour it takes from elsewhere, which {@link InheritedColour} finds: another
 * rule for the same selector, one for its element type, one for a box it is inside, or the page's ({@code body}'s). That pair is checked too, custom properties or not, unless it is
 * a pair of the palette's, and the warning says where the text colour comes from. Selectors that show no text (an
 * {@code hr}, a meter's bar, a {@code ::before} stripe: {@link TextlessSelectors} lists them) are left out, and a background
 * the check cannot read in such a rule is not named (a tint mixed in {@code oklch} would be one), as the rule writes no colour to check. The text of a rule that writes a colour but no background is measured against
 * the page's {@code --bg}, not a background an ancestor paints: which ancestor that is depends on the page's markup, which a
 * style sheet alone does not tell.
 */
public final class RuleContrast {
    private static final double AA = 4.5;
    private static final String SITE = "/css/site.css";
    private static final Pattern DARK = Pattern.compile("prefers-color-scheme\\s*:\\s*dark");
    private static final Pattern LIGHT = Pattern.compile("prefers-color-scheme\\s*:\\s*light");
    private static final Pattern SKIPPED = Pattern.compile("\\bprint\\b|forced-colors\\s*:\\s*active");
    private static final Pattern NO_GROUND = Pattern.compile("none|transparent|inherit|unset|initial");

    /**
     * A colour of a pair: how a message names it, its value in the scheme or {@link CssColour#UNREAD}, whether the rule writes
     * it (itself, or as the fallback of a {@code var()} it takes), and, when it comes to none, why: a form the check does not
     * read ({@code unread}), or what leaves the declaration without a value ({@code unset}).
     */
    private record Side(String named, int rgb, boolean literal, Declaration at, String unread, Unset unset) {
    }

    /**
     * What leaves a declaration without a value, so that the browser drops it: a {@code var()} without a fallback of
     * {@code property}, which no {@code :root} sets ({@code loop} null) or which is on {@code loop}.
     */
    private record Unset(String property, String loop) {
    }

    /**
     * A style sheet with the custom properties of the pages that load it, the files whose {@code :root} gave them, the rules
     * of the page a rule's text colour is taken from, and the rules of each page that loads the sheet.
     */
    private record Context(StyleSheets.Sheet sheet, CustomProperties schemes, String roots, List<InheritedColour.Placed> page,
            List<List<StyleBlocks.Block>> pages) {
    }

    /**
     * The text colour of a pair for some of a rule's selectors: the rule's own {@code color}, {@code from} null, or the one its
     * text takes from elsewhere, {@code from} saying where.
     */
    private record Ink(Declaration colour, String from, String selectors, boolean page) {
    }

    private RuleContrast() {
    }

    /**
     * The warnings for the colours written in the rules of {@code sheets}. Every page loads {@code /css/site.css}, and a
     * page's own style sheet (the quiz's) after it, so a sheet's custom properties are those of site.css's {@code :root}
     * with its own on top, as on the page that loads it; and whether a {@code ::before} shows text is asked of every page
     * that loads the sheet, site.css's of the quiz's page too.
     */
    public static List<Problem> of(List<StyleSheets.Sheet> sheets) {
        StyleSheets.Sheet site = sheets.stream().filter(s -> s.sitePath().equals(SITE)).findFirst().orElse(null);
        List<StyleBlocks.Block> siteBlocks = site == null ? List.of() : StyleBlocks.of(site.text());
        Map<StyleSheets.Sheet, List<StyleBlocks.Block>> read = new LinkedHashMap<>();
        sheets.forEach(sheet -> read.put(sheet, sheet == site ? siteBlocks : StyleBlocks.of(sheet.text())));
        List<List<StyleBlocks.Block>> everyPage = new ArrayList<>(List.of(siteBlocks));
        read.forEach((sheet, blocks) -> everyPage.addAll(sheet == site ? List.of() : List.of(Stream.concat(siteBlocks.stream(), blocks.stream()).toList())));
        List<Problem> found = new ArrayList<>();
        for (StyleSheets.Sheet sheet : sheets) {
            List<StyleBlocks.Block> blocks = read.get(sheet);
            List<StyleBlocks.Block> page = new ArrayList<>(blocks);
            List<InheritedColour.Placed> placed = new ArrayList<>(blocks.stream().map(b -> new InheritedColour.Placed(sheet.file(), b)).toList());
            String roots = sheet.file().toString().replace('\\', '/');
            if (site != null && sheet != site) {
                page.addAll(0, siteBlocks);
                placed.addAll(0, siteBlocks.stream().map(b -> new InheritedColour.Placed(site.file(), b)).toList());
                roots = site.file().toString().replace('\\', '/') + " or " + roots;
            }
            Context context = new Context(sheet, CustomProperties.of(page), roots, placed, sheet == site ? everyPage : List.of(page));
            for (StyleBlocks.Block block : blocks) {
                check(context, block, found);
            }
        }
        return found;
    }

    private static void check(Context context, StyleBlocks.Block block, List<Problem> found) {
        if (block.selects(":root") || block.conditions().stream().anyMatch(c -> SKIPPED.matcher(c).find())) {
            return;
        }
        Declaration colour = block.last("color");
        Declaration ground = ground(block);
        Map<String, Declaration> unread = new LinkedHashMap<>();
        Map<String, Side> unset = new LinkedHashMap<>();
        if (colour != null && !InheritedColour.INHERITS.matcher(colour.value()).matches()) {
            check(context, block, new Ink(colour, null, block.selectors(), false), ground, unread, unset, found);
        } else if (ground != null) {
            List<String> painting = TextlessSelectors.painting(block, context.pages());
            for (InheritedColour.Source source : painting.isEmpty() ? List.<InheritedColour.Source>of()
                    : InheritedColour.of(context.page(), block, painting)) {
                check(context, block, new Ink(source.colour(), source.from(), source.selectors(), source.page()), ground, unread, unset, found);
            }
        }
        report(context, block, unread, unset, found);
    }

    /** Checks {@code ink} on the rule's {@code ground}, or on the page's {@code --bg} when it paints none, in each scheme. */
    private static void check(Context context, StyleBlocks.Block block, Ink ink, Declaration ground, Map<String, Declaration> unread,
            Map<String, Side> unset, List<Problem> found) {
        if (!ink.colour().value().contains("var(") && ground != null && !ground.value().contains("var(")) {
            pair(context.sheet(), ink, side(ink, Map.of()), side(ground, Map.of()), "", unread, unset, found);
        } else {
            CustomProperties schemes = context.schemes();
            boolean dark = block.conditions().stream().anyMatch(c -> DARK.matcher(c).find());
            boolean light = block.conditions().stream().anyMatch(c -> LIGHT.matcher(c).find());
            if (!dark) {
                scheme(context.sheet(), ink, ground, schemes.light(), "light", unread, unset, found);
            }
            if (!light && schemes.dark() != null) {
                scheme(context.sheet(), ink, ground, schemes.dark(), "dark", unread, unset, found);
            }
        }
    }

    private static void report(Context context, StyleBlocks.Block block, Map<String, Declaration> unread, Map<String, Side> unset,
            List<Problem> found) {
        String in = " in " + block.selectors().replaceAll("\\s+", " ");
        unset.forEach((written, side) -> {
            String property = "--" + side.unset().property();
            String loop = side.unset().loop();
            found.add(Problem.warning(context.sheet().file(), side.at().line(), written + in + " takes no colour: "
                    + (loop == null ? "no :root of " + context.roots() + " sets " + property : loop + ", which the browser drops,")
                    + " and no var() on the way gives a fallback, so "
                    + (side.at().name().equals("color") ? "the text takes its parent's colour" : "the rule paints no background")
                    + " instead: " + (loop == null ? "set " + property + " in a :root" : "end the loop")
                    + ", or give the var() a fallback, var(" + property + ", #rrggbb)"));
        });
        if (!unread.isEmpty()) {
            found.add(Problem.warning(context.sheet().file(), unread.values().iterator().next().line(), "cannot check the contrast of "
                    + String.join(", ", unread.keySet()) + in + ", as the check reads no colour from it: check it by hand, or"
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

    private static void scheme(StyleSheets.Sheet sheet, Ink ink, Declaration ground,
            Map<String, Declaration> scheme, String name, Map<String, Declaration> unread, Map<String, Side> unset, List<Problem> found) {
        Side paper;
        if (ground == null) {
            Declaration bg = scheme.get("bg");
            paper = bg == null ? null : new Side("--bg " + bg.value(), CssColour.rgb(bg.value()), false, null, null, null);
        } else {
            paper = side(ground, scheme);
        }
        if (paper != null) {
            pair(sheet, ink, side(ink, scheme), paper, " (" + name + " scheme)", unread, unset, found);
        }
    }

    /** The colour of {@code ink}, as the rule's own ({@link #side(Declaration, Map)}), or one it takes, which it does not write. */
    private static Side side(Ink ink, Map<String, Declaration> scheme) {
        Side side = side(ink.colour(), scheme);
        return ink.from() == null ? side : new Side(side.named(), side.rgb(), false, side.at(), side.unread(), side.unset());
    }

    /**
     * A declaration's colour: one written in the rule as written, a {@code var()} by the custom property it names and its value
     * in {@code scheme} (followed through the custom properties that names in turn), or, when the {@code var()}'s fallback is
     * taken, as written.
     */
    private static Side side(Declaration declaration, Map<String, Declaration> scheme) {
        String written = declaration.name() + ": " + declaration.value();
        String property = VarColour.named(declaration.value());
        VarColour.Resolved resolved = VarColour.resolve(declaration.value(), scheme);
        if (resolved.unset() != null || resolved.loop() != null) {
            Unset unset = resolved.unset() != null ? new Unset(resolved.unset(), null) : new Unset(resolved.loop().property(), resolved.loop().said());
            return new Side(written, CssColour.UNREAD, resolved.fallback(), declaration, null, unset);
        }
        Declaration named = property == null ? null : scheme.get(property);
        String why = resolved.why() == null ? "" : resolved.why();
        if (property == null || resolved.fallback()) {
            String shown = property == null ? written : written + " (its fallback, as " + resolved.because() + ")";
            return new Side(shown, resolved.rgb(), true, declaration, why.isEmpty() ? shown : shown + " (" + why + ")", null);
        }
        return new Side("--" + property + " " + named.value(), resolved.rgb(), false, declaration,
                written + " (--" + property + " " + named.value() + (why.isEmpty() ? "" : "; " + why) + ")", null);
    }

    /**
     * Which of the rule's own colours to change, and which way ({@link ContrastMoves}); a custom property's colour is named
     * only when the rule writes no colour of the pair that is worth changing, as it changes every rule that names it.
     */
    private static String own(Side ink, Side paper) {
        List<ContrastMoves.Move> moves = ContrastMoves.advised(ink.rgb(), paper.rgb());
        List<ContrastMoves.Move> written = moves.stream().filter(m -> m.text() ? ink.literal() : paper.literal()).toList();
        List<String> said = new ArrayList<>();
        for (ContrastMoves.Move move : written.isEmpty() ? moves : written) {
            Side side = move.text() ? ink : paper;
            String name = side.literal() ? move.text() ? "the color" : "the background" : side.named().split(" ")[0];
            said.add(name + (move.darker() ? " darker" : " lighter"));
        }
        return String.join(", or ", said);
    }

    /** The advice for text whose colour a rule takes from elsewhere ({@code from}): its background, that colour, or one of its own. */
    private static String taken(Ink from, int ink, int paper) {
        List<ContrastMoves.Move> moves = ContrastMoves.advised(ink, paper);
        String text = ContrastMoves.of(ink, paper, true).darker() ? "darker" : "lighter";
        String ground = "the background " + (ContrastMoves.of(ink, paper, false).darker() ? "darker" : "lighter");
        String selectors = from.selectors().replaceAll("\\s+", " ");
        if (!moves.get(0).text()) {
            return from.from() + "; make " + ground + (from.page() ? ", or give " + selectors + " a color of its own" : ", or that color " + text);
        }
        String or = moves.size() > 1 ? ", or make " + ground : "";
        return from.from() + (from.page() ? "; give " + selectors + " a " + text + " color of its own" + or : "; make that color " + text
                + or.replace(", or make ", ", or "));
    }

    /**
     * Checks {@code ink} on {@code paper} when the rule writes one of them, or its text takes {@code ink} from elsewhere and the
     * palette does not hold the two to each other (pairs of custom properties only are the palette's); a colour of a checked
     * pair that comes to none is noted in {@code unread}, and one set nowhere in {@code unset} in any pair. A colour taken from
     * elsewhere is named where it is written, not here.
     */
    private static void pair(StyleSheets.Sheet sheet, Ink from, Side ink, Side paper, String scheme,
            Map<String, Declaration> unread, Map<String, Side> unset, List<Problem> found) {
        boolean takes = from.from() != null;
        boolean checked = ink.literal() || paper.literal() || takes && paper.at() != null
                && !TextContrast.pairs(VarColour.named(from.colour().value()), VarColour.named(paper.at().value()));
        for (Side side : takes ? List.of(paper) : List.of(ink, paper)) {
            if (side.unset() != null) {
                unset.putIfAbsent(side.named(), side);
            } else if (checked && !takes && side.rgb() == CssColour.UNREAD) {
                unread.putIfAbsent(side.unread(), side.at());
            }
        }
        if (!checked || ink.rgb() == CssColour.UNREAD || paper.rgb() == CssColour.UNREAD) {
            return;
        }
        double ratio = CssColour.ratio(ink.rgb(), paper.rgb());
        if (ratio >= AA) {
            return;
        }
        String fix = takes ? taken(from, ink.rgb(), paper.rgb()) : "make " + own(ink, paper);
        Declaration at = ink.literal() ? ink.at() : paper.at();
        found.add(Problem.warning(sheet.file(), at.line(), String.format(Locale.ROOT, "%s in %s on %s%s has a contrast of %.1f:1, under the"
                + " 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: %s", ink.named(),
                from.selectors().replaceAll("\\s+", " "), paper.named(), scheme, Math.floor(ratio * 10) / 10, fix)));
    }
}
