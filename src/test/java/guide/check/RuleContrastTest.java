package guide.check;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static guide.check.ContrastSheets.PALETTE;
import static guide.check.ContrastSheets.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A colour written straight into a rule is held to the contrast the palette is, at its line. */
class RuleContrastTest {
    @Test
    void aGreyTextInARuleIsCheckedOnThePageInEachScheme() {
        assertEquals(List.of("assets/css/quiz.css:2: warning: color: #999 in .quiz-result on --bg #fbfaf7 (light scheme) has a contrast of"
                        + " 2.7:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker",
                        "assets/css/quiz.css:3: warning: color: #333 in .quiz-total on --bg #15171b (dark scheme) has a contrast of"
                        + " 1.4:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color lighter"),
                warnings(PALETTE, "/* quiz */\n.quiz-result { color: #999; font-weight: 700; }\n.quiz-total { color: #333 }\n"
                        + "@media print { .quiz-band { color: #ddd; } }\n@media (forced-colors: active) { .quiz-bar { color: #eee; } }\n"));
    }

    @Test
    void aRuleWithItsOwnBackgroundIsCheckedOnItAndWhatItNamesInEachScheme() {
        assertEquals(List.of("assets/css/site.css:3: warning: color: #fff in .ok on --text #e7e5e0 (dark scheme) has a contrast of"
                        + " 1.2:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker",
                        "assets/css/site.css:4: warning: color: #ffffff in .badge on background-color: #ffd34d has a contrast of"
                        + " 1.4:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the background darker, or the color darker",
                        "assets/css/site.css:5: warning: --text #e7e5e0 in .chip on background: #eeeeee (dark scheme) has a contrast of"
                        + " 1.0:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the background darker"),
                warnings(PALETTE + ".ok { color: #fff; background: var(--text); }\n.badge { color: #ffffff; background-color: #ffd34d; }\n"
                        + ".chip { color: var(--text); background: #eeeeee; }\n", ""));
    }

    /** A rule for one scheme is checked in that scheme only (each colour here fails in the other); one for a screen width in both. */
    @Test
    void aRuleForOneSchemeIsCheckedInItOnly() {
        assertEquals(List.of("assets/css/site.css:3: warning: color: #444 in .tag on --bg #15171b (dark scheme) has a contrast of 1.8:1,"
                        + " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color lighter",
                        "assets/css/site.css:4: warning: color: #eee in .tip on --bg #fbfaf7 (light scheme) has a contrast of 1.1:1,"
                        + " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker"),
                warnings(PALETTE + "@media (prefers-color-scheme: dark) { .tag { color: #444; } .note { color: #ccc; } }\n"
                        + "@media (max-width: 40em) { .tip { color: #eee; } }\n@media (prefers-color-scheme: light) { .hint { color: #333; } }\n", ""));
    }

    /** A colour written by its name or as hsl() is checked as its #rrggbb is (ratios worked out apart, in Python). */
    @Test
    void aNamedOrHslColourInARuleIsChecked() {
        assertEquals(List.of("assets/css/quiz.css:1: warning: color: grey in .tag on --bg #fbfaf7 (light scheme) has a contrast of 3.7:1,"
                        + " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker",
                        "assets/css/quiz.css:2: warning: color: hsl(215 30% 60%) in .hint on --bg #fbfaf7 (light scheme) has a contrast of"
                        + " 2.9:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker",
                        "assets/css/quiz.css:3: warning: color: DimGray in .ok on --bg #15171b (dark scheme) has a contrast of 3.2:1,"
                        + " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color lighter"),
                warnings(PALETTE, ".tag { color: grey; }\n.hint { color: hsl(215 30% 60%); }\n.ok { color: DimGray; }\n"));
    }

    /**
     * A colour the rule writes in a form the check does not read, or a custom property that resolves to none, is named once
     * for the rule (not once per scheme), at its line; two custom properties that name each other end the search, and leave the
     * rule no background; text that takes its parent's colour is not followed, and not named.
     */
    @Test
    void aColourTheCheckCannotReadIsNamedOncePerRule() {
        String by = ", as the check reads no colour from it: check it by hand, or write the colour as #rrggbb, #rgb, rgb(), hsl() or a"
                + " colour's name";
        assertEquals(List.of("assets/css/quiz.css:1: warning: cannot check the contrast of color: color-mix(in oklch, #777 50%, white) (a mix in"
                        + " oklch, which the check does not work out: it mixes in srgb only) in .mix" + by,
                        "assets/css/quiz.css:2: warning: cannot check the contrast of color: CanvasText in .sys" + by,
                        "assets/css/quiz.css:4: warning: cannot check the contrast of background: url(/img/paper.png) #fff in .pic" + by,
                        "assets/css/quiz.css:5: warning: cannot check the contrast of color: rgb(0 0 0 / .6) in .see" + by,
                        "assets/css/quiz.css:7: warning: cannot check the contrast of background: var(--shade) (--shade color-mix(in lab, #000"
                        + " 10%, var(--bg)); a mix in lab, which the check does not work out: it mixes in srgb only) in .faded" + by,
                        "assets/css/quiz.css:8: warning: background: var(--a) in .loop takes no colour: --a and --b name each other in a"
                        + " loop, which the browser drops, and no var() on the way gives a fallback, so the rule paints no background instead:"
                        + " end the loop, or give the var() a fallback, var(--a, #rrggbb)"),
                warnings(PALETTE + ":root { --shade: color-mix(in lab, #000 10%, var(--bg)); --a: var(--b); --b: var(--a); }\n",
                        ".mix { color: color-mix(in oklch, #777 50%, white); }\n.sys { color: CanvasText; background: #fff; }\n"
                        + ".pic { color: #333;\n  background: url(/img/paper.png) #fff; }\n.see { color: rgb(0 0 0 / .6); }\n.kept { color: inherit; background: #222; }\n"
                        + ".faded { color: #333; background: var(--shade); }\n.loop { color: #333; background: var(--a); }\n"));
    }

    /**
     * A color-mix() in srgb is mixed and checked, written in the rule or in a custom property, of colours or of custom
     * properties (mixes and ratios worked out apart, in Python: #8c8e8f and #7e7e7e for --tint, #999999 for .band, #bbbcbe
     * and #f8f7f6 for .pale's text).
     */
    @Test
    void aColourMixInSrgbIsChecked() {
        String aa = ", under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the ";
        String tint = "assets/css/quiz.css:2: warning: color: #777 in .tag on --tint color-mix(in srgb, var(--text) 50%, var(--bg))";
        String pale = "assets/css/quiz.css:4: warning: color: color-mix(in srgb, var(--text) 30%, #fff) in .pale on background: #fff";
        assertEquals(List.of(tint + " (light scheme) has a contrast of 1.3:1" + aa + "color darker",
                        tint + " (dark scheme) has a contrast of 1.1:1" + aa + "color darker",
                        "assets/css/quiz.css:3: warning: color: #777 in .band on background: color-mix(in srgb, #000 40%, #fff) has a contrast"
                        + " of 1.5:1" + aa + "color darker",
                        pale + " (light scheme) has a contrast of 1.9:1" + aa + "color darker",
                        pale + " (dark scheme) has a contrast of 1.0:1" + aa + "color darker, or the background darker"),
                warnings(PALETTE, ":root { --tint: color-mix(in srgb, var(--text) 50%, var(--bg)); }\n.tag { color: #777; background: var(--tint); }\n"
                        + ".band { color: #777; background: color-mix(in srgb, #000 40%, #fff); }\n"
                        + ".pale { color: color-mix(in srgb, var(--text) 30%, #fff); background: #fff; }\n"));
    }

    /** A custom property on a loop is guaranteed-invalid, so a var() of it takes its fallback, which is checked (#777 on #fff: 4.4:1). */
    @Test
    void aVarOfAPropertyOnALoopIsCheckedWithItsFallback() {
        String loop = "assets/css/quiz.css:1: warning: color: #777 in .loop on background: var(--a, #fff) (its fallback, as --a and --b name"
                + " each other in a loop)";
        String aa = " has a contrast of 4.4:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker";
        assertEquals(List.of(loop + " (light scheme)" + aa, loop + " (dark scheme)" + aa),
                warnings(PALETTE + ":root { --a: var(--b); --b: var(--a, #000); }\n", ".loop { color: #777; background: var(--a, #fff); }\n"));
    }

    /**
     * A var() without a fallback of a custom property on a loop leaves the declaration invalid at computed-value time (CSS
     * Variables, "invalid variables"): the text takes its parent's colour, which the warning says, at its line, once for the
     * rule; a property whose value leads into the loop is named by the loop's property it reaches.
     */
    @Test
    void aVarOfAPropertyOnALoopWithoutAFallbackIsNamedWithWhatTheReaderSees() {
        String loop = " takes no colour: --a and --b name each other in a loop, which the browser drops, and no var() on the way gives a"
                + " fallback, so the text takes its parent's colour instead: end the loop, or give the var() a fallback, var(--a, #rrggbb)";
        assertEquals(List.of("assets/css/quiz.css:1: warning: color: var(--a) in .loop" + loop,
                        "assets/css/quiz.css:2: warning: color: var(--c) in .into" + loop,
                        "assets/css/quiz.css:3: warning: color: var(--me) in .self takes no colour: --me names itself, which the browser drops,"
                        + " and no var() on the way gives a fallback, so the text takes its parent's colour instead: end the loop, or give"
                        + " the var() a fallback, var(--me, #rrggbb)"),
                warnings(PALETTE + ":root { --a: var(--b); --b: var(--a); --c: var(--a); --me: var(--me); }\n",
                        ".loop { color: var(--a); background: #fff; }\n.into { color: var(--c); }\n.self { color: var(--me); background: #fff; }\n"));
    }

    /**
     * A var() of a custom property no :root sets, with no fallback, leaves the rule without the colour, checked pair or not:
     * named with what the reader then sees, at its line; a fallback that is such a var() in turn, or a custom property whose
     * value is one, is followed to the property set nowhere.
     */
    @Test
    void aVarOfACustomPropertySetNowhereIsNamed() {
        String site = "no :root of assets/css/site.css or assets/css/quiz.css sets ";
        assertEquals(List.of("assets/css/quiz.css:1: warning: background: var(--card) in .gone takes no colour: " + site + "--card and no var()"
                        + " on the way gives a fallback, so the rule paints no background instead: set --card in a :root, or give the var()"
                        + " a fallback, var(--card, #rrggbb)",
                        "assets/css/quiz.css:2: warning: color: var(--nope) in .ghost takes no colour: " + site + "--nope and no var() on the"
                        + " way gives a fallback, so the text takes its parent's colour instead: set --nope in a :root, or give the var() a"
                        + " fallback, var(--nope, #rrggbb)",
                        "assets/css/quiz.css:3: warning: color: var(--ink, var(--ink2)) in .plain takes no colour: " + site + "--ink2 and no"
                        + " var() on the way gives a fallback, so the text takes its parent's colour instead: set --ink2 in a :root, or"
                        + " give the var() a fallback, var(--ink2, #rrggbb)",
                        "assets/css/quiz.css:4: warning: background: var(--deep) in .deep takes no colour: " + site + "--missing and no"
                        + " var() on the way gives a fallback, so the rule paints no background instead: set --missing in a :root, or give"
                        + " the var() a fallback, var(--missing, #rrggbb)"),
                warnings(PALETTE + ":root { --deep: var(--missing); }\n", ".gone { color: #333; background: var(--card); }\n"
                        + ".ghost { color: var(--nope); background: #fff; }\n.plain { color: var(--ink, var(--ink2)); }\n"
                        + ".deep { color: var(--text); background: var(--deep); }\n"));
    }

    /**
     * A var() of a custom property no :root sets takes its fallback, which is checked as a colour the rule writes (brackets
     * and all); one whose custom property is set takes that, and a pair of custom properties is the palette's to check.
     */
    @Test
    void aVarsFallbackIsCheckedWhenItIsTaken() {
        String aa = " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color ";
        String bg = " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the background darker, or the color darker";
        assertEquals(List.of("assets/css/quiz.css:1: warning: color: var(--undefined, #777) (its fallback, as no :root sets --undefined) in .hint"
                        + " on --bg #fbfaf7 (light scheme) has a contrast of 4.2:1," + aa + "darker",
                        "assets/css/quiz.css:1: warning: color: var(--undefined, #777) (its fallback, as no :root sets --undefined) in .hint"
                        + " on --bg #15171b (dark scheme) has a contrast of 4.0:1," + aa + "lighter",
                        "assets/css/quiz.css:3: warning: color: #fff in .badge on background: var(--none, rgb(255 211 77)) (its fallback, as"
                        + " no :root sets --none) (light scheme) has a contrast of 1.4:1," + bg,
                        "assets/css/quiz.css:3: warning: color: #fff in .badge on background: var(--none, rgb(255 211 77)) (its fallback, as"
                        + " no :root sets --none) (dark scheme) has a contrast of 1.4:1," + bg),
                warnings(PALETTE, ".hint { color: var(--undefined, #777); }\n.tag { color: var(--text, #eee); }\n"
                        + ".badge { color: #fff; background: var(--none, rgb(255 211 77)); }\n"));
    }

    /** A custom property only the quiz's own style sheet sets is read from its :root, in each scheme, as on the quiz's page. */
    @Test
    void aCustomPropertyOfThePagesOwnStyleSheetIsRead() {
        assertEquals(List.of("assets/css/quiz.css:3: warning: color: #fff in .quiz-band on --quiz-band #ffd34d (light scheme) has a contrast of"
                        + " 1.4:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker"),
                warnings(PALETTE, ":root { --quiz-band: #ffd34d; }\n@media (prefers-color-scheme: dark) { :root { --quiz-band: #5a4500; } }\n"
                        + ".quiz-band { color: #fff; background: var(--quiz-band); }\n"));
    }

    /** A custom property that names another is followed to the colour, and named by the one the rule names. */
    @Test
    void aCustomPropertyNamingAnotherIsFollowed() {
        assertEquals(List.of("assets/css/quiz.css:1: warning: color: #777 in .card on --card var(--surface) (light scheme) has a contrast of"
                        + " 3.8:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker",
                        "assets/css/quiz.css:1: warning: color: #777 in .card on --card var(--surface) (dark scheme) has a contrast of"
                        + " 3.8:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker"),
                warnings(PALETTE + ":root { --card: var(--surface); }\n", ".card { color: #777; background: var(--card); }\n"));
    }

    @Test
    void theGuidesOwnStyleSheetsPass() throws IOException {
        assertEquals(List.of(), warnings(Files.readString(Path.of("assets/css/site.css")), Files.readString(Path.of("assets/css/quiz.css"))));
    }

    /**
     * #777 text on #fff (4.48:1) is told to go a shade darker, not the background to go nearly black: the text needs a change
     * of lightness (CIE L*) of 0.14, the background one of 98 (worked out apart, in Python). When the two changes are alike
     * (#eee text on #ddd: the background 42.3, the text 52.6) both are named, the smaller first; a custom property is named when the rule's own
     * colour is not worth changing.
     */
    @Test
    void theAdviceNamesTheColourThatReachesTheContrastWithTheSmallerChange() {
        String aa = " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make ";
        assertEquals(List.of("assets/css/quiz.css:1: warning: color: #777 in .grey on background: #fff has a contrast of 4.4:1," + aa
                        + "the color darker",
                        "assets/css/quiz.css:2: warning: --muted #777 in .hint on background: #fff (light scheme) has a contrast of 4.4:1," + aa
                        + "--muted darker",
                        "assets/css/quiz.css:2: warning: --muted #777 in .hint on background: #fff (dark scheme) has a contrast of 4.4:1," + aa
                        + "--muted darker",
                        "assets/css/quiz.css:3: warning: color: #eee in .pale on background: #ddd has a contrast of 1.1:1," + aa
                        + "the background darker, or the color darker"),
                warnings(PALETTE.replace("--bg: #fbfaf7;", "--bg: #fbfaf7; --muted: #777;"), ".grey { color: #777; background: #fff; }\n"
                        + ".hint { color: var(--muted); background: #fff; }\n.pale { color: #eee; background: #ddd; }\n"));
    }

    /**
     * A color-mix() the browser drops (of one colour, or of percentages adding up to 0%) is named with that reason: as a
     * colour the rule writes, and as a background in a rule that writes no colour, whose other unread backgrounds are not
     * named (an oklch tint).
     */
    @Test
    void aColourMixTheBrowserDropsIsNamedWithWhy() {
        String by = ", as the check reads no colour from it: check it by hand, or write the colour as #rrggbb, #rgb, rgb(), hsl() or a"
                + " colour's name";
        assertEquals(List.of("assets/css/quiz.css:1: warning: cannot check the contrast of color: color-mix(in srgb, red) (a color-mix() of one"
                        + " colour, which the browser drops: color-mix() needs two colours) in .one" + by,
                        "assets/css/quiz.css:2: warning: cannot check the contrast of background: color-mix(in srgb, red 0%, blue 0%)"
                        + " (percentages that add up to 0%, which the browser drops) in .none" + by),
                warnings(PALETTE + "body { color: var(--text); }\n", ".one { color: color-mix(in srgb, red); }\n"
                        + ".none { background: color-mix(in srgb, red 0%, blue 0%); }\n.tint { background: color-mix(in oklch, red, blue); }\n"));
    }

    /**
     * A rule that writes both its colour and its background as custom properties is checked when the palette does not hold
     * the two to each other: --surface on --bg, 1.10:1 in the light scheme (15.6:1 in the dark, worked out apart in Python).
     * --bg on --text passes; --text on --surface is the palette's pair (lost in this dark scheme), named there, not here.
     */
    @Test
    void aPairOfCustomPropertiesThePaletteDoesNotHoldIsChecked() {
        assertEquals(List.of("assets/css/quiz.css:1: warning: --surface #f2efe8 in .chip on --bg #fbfaf7 (light scheme) has a contrast of"
                        + " 1.1:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --surface darker, or --bg darker"),
                warnings(PALETTE, ".chip { color: var(--surface); background: var(--bg); }\n.bar { background: var(--text); color: var(--bg); }\n"
                        + ".box { color: var(--text); background: var(--surface); }\n"));
    }

    /**
     * A text colour from a custom property outside the palette (--brand), on the page's --bg, is measured in each scheme,
     * in site.css and the quiz's sheet alike: #7fa3c7 on #fbfaf7 is 2.5:1 (2.53), #2b4a6b on #15171b 1.9:1 (1.96), worked out
     * apart in Python. The advice names --brand only, as every text is drawn on --bg; --text on --bg is the palette's pair.
     */
    @Test
    void aColourOutsideThePaletteIsCheckedOnThePage() {
        String aa = ", under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --brand ";
        String light = " on --bg #fbfaf7 (light scheme) has a contrast of 2.5:1" + aa + "darker";
        String dark = " on --bg #15171b (dark scheme) has a contrast of 1.9:1" + aa + "lighter";
        assertEquals(List.of("assets/css/quiz.css:1: warning: --brand #7fa3c7 in .tag" + light, "assets/css/quiz.css:1: warning: --brand #2b4a6b in .tag" + dark,
                        "assets/css/site.css:6: warning: --brand #7fa3c7 in .brand" + light, "assets/css/site.css:6: warning: --brand #2b4a6b in .brand" + dark),
                warnings(PALETTE + ":root { --brand: #7fa3c7; }\n@media (prefers-color-scheme: dark) { :root { --brand: #2b4a6b; } }\n"
                        + "body { color: var(--text); }\n.brand { color: var(--brand); }\n", ".tag { color: var(--brand); }\n.lead { color: var(--text); }\n"));
    }
}
