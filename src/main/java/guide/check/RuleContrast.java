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
 * the background another rule for the same element paints ({@link RuleGround}), or else the page's {@code --bg}, not a
 * background an ancestor paints: which ancestor that is depends on the page's markup, which a style sheet alone does not
 * tell. A rule that writes both its colours as custom properties is checked unless the palette holds the two to each other,
 * and so is one whose {@code color} names a custom property the palette does not hold to {@code --bg} ({@code var(--brand)})
 * drawn on the page's {@code --bg}.
 */
public final class RuleContrast {
    private static final double AA = 4.5;
    private static final String SITE = "/css/site.css";
    private static final Pattern DARK = Pattern.compile("prefers-color-scheme\\s*:\\s*dark");
    private static final Pattern LIGHT = Pattern.compile("prefers-color-scheme\\s*:\\s*light");
    private static final Pattern SKIPPED = Pattern.compile("\\bprint\\b|forced-colors\\s*:\\s*active");

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
    record Ink(Declaration colour, String from, String selectors, boolean page) {
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
        Declaration ground = RuleGround.own(block);
        Map<String, Declaration> unread = new LinkedHashMap<>();
        Map<String, ContrastSide> unset = new LinkedHashMap<>();
        if (colour != null && !InheritedColour.INHERITS.matcher(colour.value()).matches()) {
            for (RuleGround.Paper paper : ground != null ? List.of(new RuleGround.Paper(block.selectors(), ground, null))
                    : RuleGround.of(context.page(), block)) {
                check(context, block, new Ink(colour, null, paper.selectors(), false), paper, unread, unset, found);
            }
        } else if (ground != null) {
            List<String> painting = TextlessSelectors.painting(block, context.pages());
            for (InheritedColour.Source source : painting.isEmpty() ? List.<InheritedColour.Source>of()
                    : InheritedColour.of(context.page(), block, painting)) {
                check(context, block, new Ink(source.colour(), source.from(), source.selectors(), source.page()),
                        new RuleGround.Paper(block.selectors(), ground, null), unread, unset, found);
            }
            String dropped = VarColour.dropped(ground.value());
            if (!painting.isEmpty() && dropped != null) {
                unread.putIfAbsent(ground.name() + ": " + ground.value() + " (" + dropped + ")", ground);
            }
        }
        report(context, block, unread, unset, found);
    }

    /** Checks {@code ink} on the {@code paper} it is drawn on, or on the page's {@code --bg} when none paints one, in each scheme. */
    private static void check(Context context, StyleBlocks.Block block, Ink ink, RuleGround.Paper paper, Map<String, Declaration> unread,
            Map<String, ContrastSide> unset, List<Problem> found) {
        Declaration ground = paper.ground();
        if (!ink.colour().value().contains("var(") && ground != null && !ground.value().contains("var(")) {
            pair(context.sheet(), ink, side(ink, Map.of()), paper(paper, Map.of()), "", unread, unset, found);
        } else {
            CustomProperties schemes = context.schemes();
            boolean dark = block.conditions().stream().anyMatch(c -> DARK.matcher(c).find());
            boolean light = block.conditions().stream().anyMatch(c -> LIGHT.matcher(c).find());
            if (!dark) {
                scheme(context.sheet(), ink, paper, schemes.light(), "light", unread, unset, found);
            }
            if (!light && schemes.dark() != null) {
                scheme(context.sheet(), ink, paper, schemes.dark(), "dark", unread, unset, found);
            }
        }
    }

    private static void report(Context context, StyleBlocks.Block block, Map<String, Declaration> unread, Map<String, ContrastSide> unset,
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

    /** The colour of {@code ink}, as the rule's own, or one it takes, which it does not write. */
    private static ContrastSide side(Ink ink, Map<String, Declaration> scheme) {
        ContrastSide side = ContrastSide.of(ink.colour(), scheme);
        return ink.from() == null ? side : side.taken();
    }

    private static void scheme(StyleSheets.Sheet sheet, Ink ink, RuleGround.Paper ground,
            Map<String, Declaration> scheme, String name, Map<String, Declaration> unread, Map<String, ContrastSide> unset, List<Problem> found) {
        Declaration bg = scheme.get("bg");
        ContrastSide paper = ground.ground() != null ? paper(ground, scheme) : bg == null ? null : ContrastSide.page(bg);
        if (paper != null) {
            pair(sheet, ink, side(ink, scheme), paper, " (" + name + " scheme)", unread, unset, found);
        }
    }

    /** The colour of the background {@code paper} names, as the rule's own or as one another rule paints. */
    private static ContrastSide paper(RuleGround.Paper paper, Map<String, Declaration> scheme) {
        ContrastSide side = ContrastSide.of(paper.ground(), scheme);
        return paper.from() == null ? side : side.borrowed(paper.from());
    }

    /**
     * Checks {@code ink} on {@code paper} when the rule writes one of them, or the palette does not hold the two to each other
     * (pairs of custom properties only are the palette's, {@code --bg} the page's when no rule paints one): a rule's
     * {@code color: var(--brand)} on the page is checked, {@code var(--text)} is not; a colour of a checked
     * pair that comes to none is noted in {@code unread}, and one set nowhere in {@code unset} in any pair. A colour taken from
     * elsewhere is named where it is written, not here.
     */
    private static void pair(StyleSheets.Sheet sheet, Ink from, ContrastSide ink, ContrastSide paper, String scheme,
            Map<String, Declaration> unread, Map<String, ContrastSide> unset, List<Problem> found) {
        boolean takes = from.from() != null;
        boolean checked = ink.literal() || paper.literal()
                || !TextContrast.pairs(VarColour.named(ink.at().value()), paper.at() == null ? "bg" : VarColour.named(paper.at().value()));
        for (ContrastSide side : (takes ? List.of(paper) : List.of(ink, paper)).stream().filter(s -> !s.borrowed()).toList()) {
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
        String fix = takes ? ContrastAdvice.taken(from, ink.rgb(), paper.rgb()) : ContrastAdvice.own(ink, paper);
        Declaration at = ink.literal() || paper.borrowed() || paper.at() == null ? ink.at() : paper.at();
        found.add(Problem.warning(sheet.file(), at.line(), String.format(Locale.ROOT, "%s in %s on %s%s has a contrast of %.1f:1, under the"
                + " 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: %s", ink.named(),
                from.selectors().replaceAll("\\s+", " "), paper.named(), scheme, Math.floor(ratio * 10) / 10, fix)));
    }
}
