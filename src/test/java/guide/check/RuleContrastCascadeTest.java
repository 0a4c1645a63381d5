package guide.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static guide.check.ContrastSheets.PALETTE;
import static guide.check.ContrastSheets.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The colour, background or {@code content} another rule writes is looked up as the cascade gives it: from a rule for the same
 * element written another way ({@code .tip} for {@code div.tip}), the most specific then the last, a background the browser
 * drops leaving the one before in force and a later {@code background: none} leaving the text on the page's. Ratios worked out
 * apart, in Python.
 */
class RuleContrastCascadeTest {
    private static final String BODY = PALETTE + "body { color: var(--text); }\n";

    /**
     * div.tip's text takes .tip's #eee: on div.tip's #777 that is 3.8:1 (3.86), named with the rule it comes from; the page's
     * --text is not taken, which on #222 would be a false alarm (1.0:1). .tip's own pair, #eee on #333, passes (10.9:1).
     */
    @Test
    void aBackgroundTakesTheColourOfARuleForTheSameElementWrittenAnotherWay() {
        assertEquals(List.of("assets/css/quiz.css:2: warning: color: #eee in div.tip on background: #777 has a contrast of 3.8:1, under"
                        + " the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: its text takes #eee from"
                        + " assets/css/quiz.css:1 (.tip); make the background darker, or that color darker"),
                warnings(BODY, ".tip { color: #eee; background: #333; }\ndiv.tip { background: #777; }\nspan.tip { background: #222; }\n"));
    }

    /**
     * A background written for a list inside :is() (or :where()) paints each element the list names: .tip's #eee is on #222
     * (13.7:1, 13.71), not on --bg #fbfaf7 (1.1:1), which would be a false alarm. .note, with no colour of its own, keeps its
     * warning: the page's --text on #222 (1.0:1).
     */
    @Test
    void aBackgroundWrittenForASelectorListInsideIsPaintsEachElementItNames() {
        assertEquals(List.of("assets/css/quiz.css:1: warning: --text #1d2127 in :where(.tip, .note) on background: #222 (light scheme) has a"
                        + " contrast of 1.0:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: its text takes"
                        + " the page's colour, var(--text) from assets/css/site.css:3; make the background lighter, or give"
                        + " :where(.tip, .note) a color of its own"),
                warnings(BODY, ":where(.tip, .note) { background: #222; }\n.tip { color: #eee; }\n"));
        assertEquals(List.of(), warnings(BODY, ":is(.tip, .note) { background: #222; color: #fff; }\n.tip { color: #eee; }\n"));
    }

    /** .skip-link:visited's #ddd is on .skip-link's #222 (11.7:1), not on --bg #fbfaf7 (1.3:1), which would be a false alarm. */
    @Test
    void aColourIsCheckedOnTheBackgroundOfARuleForTheSameElementWrittenAnotherWay() {
        assertEquals(List.of(), warnings(BODY, ".skip-link { background: #222; color: #eee; }\n.skip-link:visited { color: #ddd; }\n"));
    }

    /** div.tip:before gets text from .tip::before's content, so its #222 is checked with the page's --text (1.0:1). */
    @Test
    void aPseudoElementGetsTheContentOfARuleForTheSameElementWrittenAnotherWay() {
        assertEquals(List.of("assets/css/quiz.css:2: warning: --text #1d2127 in div.tip:before on background: #222 (light scheme) has a"
                        + " contrast of 1.0:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: its text takes"
                        + " the page's colour, var(--text) from assets/css/site.css:3; make the background lighter, or give"
                        + " div.tip:before a color of its own"),
                warnings(BODY, ".tip::before { content: \"Tip: \"; }\ndiv.tip:before { background: #222; }\n"));
    }

    /**
     * .a.b:hover's text is on .a.b's #ccc, the more specific, not the later .a's #222: #eee on #ccc is 1.3:1 (1.384); .a.b's own
     * #111 on #ccc (11.7:1) and .a's #fff on #222 (15.9:1) pass.
     */
    @Test
    void theMostSpecificBackgroundWinsOverALaterOne() {
        assertEquals(List.of("assets/css/quiz.css:3: warning: color: #eee in .a.b:hover on background: #ccc (from .a.b at"
                        + " assets/css/quiz.css:1) has a contrast of 1.3:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker"
                        + " sight lose it: make the color darker"),
                warnings(BODY, ".a.b { background: #ccc; color: #111; }\n.a { background: #222; color: #fff; }\n.a.b:hover { color: #eee; }\n"));
    }

    /**
     * A color-mix() of one colour is dropped as the sheet is read, so the #ccc before it is the background: #eee on it is
     * 1.3:1 (1.384), not a background the check cannot read.
     */
    @Test
    void aDroppedBackgroundLeavesTheOneBeforeItInForce() {
        assertEquals(List.of("assets/css/quiz.css:1: warning: color: #eee in .x on background: #ccc has a contrast of 1.3:1, under the"
                        + " 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the background darker, or the color darker"),
                warnings(BODY, ".x { color: #eee; background: #ccc; background: color-mix(in srgb, red); }\n"));
    }

    /**
     * background: none in a later rule for .y, or in .z's own, leaves the text on --bg: #eee on #fbfaf7 is 1.1:1 (1.112) in the
     * light scheme, and 15.4:1 (15.466) on the dark #15171b passes; #222 before it is no longer the background.
     */
    @Test
    void aLaterBackgroundNoneLeavesTheTextOnThePage() {
        String aa = " on --bg #fbfaf7 (light scheme) has a contrast of 1.1:1, under the 4.5:1 WCAG AA asks of text, so readers with"
                + " weaker sight lose it: make the color darker";
        assertEquals(List.of("assets/css/quiz.css:2: warning: color: #eee in .y" + aa, "assets/css/quiz.css:5: warning: color: #eee in .z" + aa),
                warnings(BODY, ".y { background: #222; }\n.y { color: #eee; }\n.y { background: none; }\n.z { background: #222; }\n"
                        + ".z { color: #eee; background: transparent; }\n"));
    }

    /**
     * A background under an at-rule is another rule's only under the same at-rule: .a's #eee is on --bg (1.1:1, 1.112, light
     * scheme), not on the #222 painted only on wide screens; .b's is on the #222 of its own @media (13.7:1); and .c's #444 on
     * the #222 written outside any (1.6:1, 1.634), where .c's rule takes the page's --text (1.0:1, 1.016).
     */
    @Test
    void aBackgroundAppliesUnderTheSameAtRulesOrNone() {
        String aa = ", under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: ";
        assertEquals(List.of("assets/css/quiz.css:1: warning: color: #eee in .a on --bg #fbfaf7 (light scheme) has a contrast of 1.1:1" + aa
                        + "make the color darker",
                        "assets/css/quiz.css:4: warning: --text #1d2127 in .c on background: #222 (light scheme) has a contrast of 1.0:1" + aa
                        + "its text takes the page's colour, var(--text) from assets/css/site.css:3; make the background lighter, or give .c a"
                        + " color of its own",
                        "assets/css/quiz.css:5: warning: color: #444 in .c on background: #222 (from .c at assets/css/quiz.css:4) has a contrast"
                        + " of 1.6:1" + aa + "make the color lighter"),
                warnings(BODY, ".a { color: #eee; }\n@media (min-width: 40em) { .a { background: #222; } }\n"
                        + "@media (min-width: 40em) { .b { background: #222; } .b { color: #eee; } }\n.c { background: #222; }\n"
                        + "@media (min-width: 40em) { .c { color: #444; } }\n"));
    }

    /** A background another rule paints that the check cannot read is named once, at that rule, not again for .y:hover. */
    @Test
    void anUnreadBackgroundOfAnotherRuleIsNamedWhereItIsWritten() {
        assertEquals(List.of("assets/css/quiz.css:1: warning: cannot check the contrast of background: url(x.png) in .y, as the check reads"
                        + " no colour from it: check it by hand, or write the colour as #rrggbb, #rgb, rgb(), hsl() or a colour's name"),
                warnings(BODY, ".y { background: url(x.png); color: #111; }\n.y:hover { color: #eee; }\n"));
    }

    /**
     * A rule for the same selector that paints a background and writes a colour of its own (#fff, 15.9:1 on #222) does not check
     * the later colour, which wins: .y's #444 is checked on its #222 here (1.6:1, 1.634).
     */
    @Test
    void aLaterColourIsCheckedOnTheBackgroundOfARuleThatWritesAColourToo() {
        assertEquals(List.of("assets/css/quiz.css:2: warning: color: #444 in .y on background: #222 (from .y at assets/css/quiz.css:1) has a"
                        + " contrast of 1.6:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color lighter"),
                warnings(BODY, ".y { background: #222; color: #fff; }\n.y { color: #444; }\n"));
    }

    /**
     * .tip.tip's #222 is the background of p.tip:hover, as .tip.tip is more specific (0,2,0) than the later p.tip (0,1,1): #ddd on
     * #222 is 11.7:1, while on p.tip's #eee it would be 1.1:1 (1.17), a false alarm. Both rules' own pairs pass.
     */
    @Test
    void aClassWrittenTwiceOutranksALaterTypeAndClass() {
        assertEquals(List.of(), warnings(BODY, ".tip.tip { background: #222; color: #fff; }\np.tip { background: #eee; color: #111; }\n"
                + "p.tip:hover { color: #ddd; }\n"));
    }

    /**
     * A striped list of steps done: .steps li:nth-child(odd of .done) counts .done as well as the pseudo-class (0,3,1), so its #222
     * outranks the later .steps li.current (0,2,1) and is the background of the current step's hover: #ddd on #222 is 11.7:1. Were
     * "of .done" not counted, the tie would go to the later #eee, and #ddd on it (1.1:1, 1.17) would be a false alarm.
     */
    @Test
    void aListInsideNthChildCountsTowardsTheRulesSpecificity() {
        assertEquals(List.of(), warnings(BODY, ".steps li:nth-child(odd of .done) { background: #222; color: #fff; }\n"
                + ".steps li.current { background: #eee; color: #111; }\n.steps li.current:nth-child(odd of .done):hover { color: #ddd; }\n"));
    }
}
