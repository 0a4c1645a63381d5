package guide.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static guide.check.ContrastSheets.PALETTE;
import static guide.check.ContrastSheets.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The text of a rule that paints a background but writes no colour of its own is held to that background in the colour it
 * takes: another rule's for the same element, its element type's, a box's it is inside, or the page's.
 */
class RuleContrastTakenTest {
    /**
     * A rule that paints a background but writes no colour shows its text in the page's (body's), which is checked on that
     * background in each scheme, and the warning says so; color: inherit is no colour of its own either (ratios worked out
     * apart, in Python).
     */
    @Test
    void aBackgroundWithoutAColourIsCheckedWithThePagesTextColour() {
        String aa = " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: its text takes the page's colour,"
                + " var(--text) from assets/css/site.css:4; make the background ";
        assertEquals(List.of("assets/css/quiz.css:1: warning: --text #1d2127 in .badge on background: #444 (light scheme) has a contrast of"
                        + " 1.6:1," + aa + "lighter, or give .badge a color of its own",
                        "assets/css/quiz.css:2: warning: --text #e7e5e0 in .kept on background-color: #ffd34d (dark scheme) has a contrast"
                        + " of 1.1:1," + aa + "darker, or give .kept a color of its own",
                        "assets/css/quiz.css:3: warning: --text #1d2127 in .rule on background: #222 (light scheme) has a contrast of"
                        + " 1.0:1," + aa + "lighter, or give .rule a color of its own"),
                warnings(PALETTE + "body { margin: 0;\n  background: var(--bg); color: var(--text); }\n",
                        ".badge { background: #444; }\n.kept { color: inherit; background-color: #ffd34d; }\nhr, .rule { background: #222; }\n"));
    }

    /**
     * The text colour another rule for the same selector writes is the one checked on the background, named where it is written;
     * .pill:hover's text is on .pill's background too, so its colour is checked there (by its own rule, which writes it).
     */
    @Test
    void aColourAnotherRuleForTheSameSelectorWritesIsTheOneChecked() {
        String aa = " has a contrast of 1.1:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: its text takes"
                + " var(--surface) from assets/css/quiz.css:2 (.pill, .pill:hover); make that color darker, or the background darker";
        String hover = " has a contrast of 1.1:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --surface"
                + " darker, or that background darker";
        assertEquals(List.of("assets/css/quiz.css:1: warning: --surface #f2efe8 in .pill on background: #fff (light scheme)" + aa,
                        "assets/css/quiz.css:1: warning: --surface #f2efe8 in .pill on background: #fff (dark scheme)" + aa,
                        "assets/css/quiz.css:2: warning: --surface #f2efe8 in .pill:hover on background: #fff (from .pill at assets/css/quiz.css:1)"
                        + " (light scheme)" + hover, "assets/css/quiz.css:2: warning: --surface #f2efe8 in .pill:hover on background: #fff"
                        + " (from .pill at assets/css/quiz.css:1) (dark scheme)" + hover),
                warnings(PALETTE + "body { color: var(--text); }\n", ".pill { background: #fff; }\n.pill, .pill:hover { color: var(--surface); }\n"));
    }

    /**
     * Text inside a box takes the colour a rule for its element type writes (a rule for the element itself wins over one it
     * inherits), or else that of the nearest compound it is inside that a rule gives one (a sibling, after + or ~, is not
     * one), before the page's (ratios worked out apart, in Python: 4.4, 1.1 and 1.3; .note .x's #eee on #222 is 13.7). The
     * site.css rules' own colours on --bg are left aside here.
     */
    @Test
    void textInsideABoxTakesItsElementsOrTheBoxsColour() {
        String aa = ", under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: its text takes ";
        assertEquals(List.of("assets/css/quiz.css:1: warning: color: #777 in .note a on background: #fff has a contrast of 4.4:1" + aa
                        + "#777 from assets/css/site.css:4 (a); give .note a a darker color of its own",
                        "assets/css/quiz.css:2: warning: color: #eee in .note p on background: #fff has a contrast of 1.1:1" + aa
                        + "the colour of the .note it is inside, #eee from assets/css/site.css:5; give .note p a darker color of its own, or make"
                        + " the background darker",
                        "assets/css/quiz.css:3: warning: color: #ddd in .box .tip + span on background: #fff has a contrast of 1.3:1" + aa
                        + "the colour of the .box it is inside, #ddd from assets/css/site.css:7; give .box .tip + span"
                        + " a darker color of its own, or make the background darker"),
                warnings(PALETTE + "body { color: var(--text); }\na { color: #777; }\n.note { color: #eee; }\n.tip { color: #000; }\n"
                        + ".box { color: #ddd; }\n", ".note a { background: #fff; }\n.note p { background: #fff; }\n"
                        + ".box .tip + span { background: #fff; }\n.note .x { background: #222; }\n").stream()
                        .filter(w -> w.startsWith("assets/css/quiz.css")).toList());
    }

    /**
     * A background named by a custom property, in a rule that writes no colour, is checked with the text colour the rule takes
     * (the page's var(--text)) when the palette does not hold those two to each other: --accent is no text's ground in the
     * palette, so .badge's text, lost on it in both schemes, is named here. --text on --surface is the palette's pair (here
     * under 4.5:1 in the dark scheme, 3.95:1), which the palette's check names: not a second time here. Ratios and which way
     * to move worked out apart, in Python: 2.61:1, the background's move 15 L* against the text's 75; 1.61:1, 31 against 60.
     */
    @Test
    void aBackgroundOfACustomPropertyOutsideThePalettesPairsIsCheckedWithTheTextColourTaken() {
        String aa = " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: its text takes the page's colour,"
                + " var(--text) from assets/css/site.css:3; make the background ";
        assertEquals(List.of("assets/css/quiz.css:1: warning: --text #1d2127 in .badge on --accent #2f6b5e (light scheme) has a contrast of"
                        + " 2.6:1," + aa + "lighter, or give .badge a color of its own",
                        "assets/css/quiz.css:1: warning: --text #e7e5e0 in .badge on --accent #7cc4b0 (dark scheme) has a contrast of"
                        + " 1.6:1," + aa + "darker, or give .badge a color of its own"),
                warnings(":root { --bg: #fbfaf7; --text: #1d2127; --surface: #f2efe8; --accent: #2f6b5e; }\n@media (prefers-color-scheme:"
                        + " dark) { :root { --bg: #15171b; --text: #e7e5e0; --surface: #6b7079; --accent: #7cc4b0; } }\n"
                        + "body { color: var(--text); }\n", ".badge { background: var(--accent); }\n.panel { background: var(--surface); }\n"));
    }

    /**
     * A colour the same selector gets only under a condition (a wide screen) is not the colour its text has everywhere: the
     * page's is checked; where the condition holds, that colour is on the background the rule outside it paints (#000 on #222,
     * 1.32:1, worked out apart in Python).
     */
    @Test
    void aColourWrittenOnlyUnderAConditionIsNotTakenForTheRuleOutsideIt() {
        assertEquals(List.of("assets/css/quiz.css:1: warning: --text #1d2127 in .tip on background: #222 (light scheme) has a contrast"
                        + " of 1.0:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: its text takes the page's"
                        + " colour, var(--text) from assets/css/site.css:3; make the background lighter, or give .tip a color of its own",
                        "assets/css/quiz.css:2: warning: color: #000 in .tip on background: #222 (from .tip at assets/css/quiz.css:1) has a"
                        + " contrast of 1.3:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color lighter"),
                warnings(PALETTE + "body { color: var(--text); }\n", ".tip { background: #222; }\n@media (min-width: 40em) { .tip { color: #000; } }\n"));
    }

    /** Things that show no text are not held to the page's text colour on their background; a ::after with text is. */
    @Test
    void aBackgroundOnWhatShowsNoTextIsNotChecked() {
        assertEquals(List.of("assets/css/quiz.css:7: warning: --text #1d2127 in .tip::after on background: #222 (light scheme) has a contrast"
                        + " of 1.0:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: its text takes the page's"
                        + " colour, var(--text) from assets/css/site.css:3; make the background lighter, or give .tip::after a color of its own"),
                warnings(PALETTE + "body { color: var(--text); }\n", "hr { background: #222; }\n.bar::before { background: #222; }\n"
                        + ".bar::after { content: \"\"; background: #222; }\n.m meter::-webkit-meter-bar { background: #222; }\n"
                        + "input[type=\"checkbox\"]:checked { background: #222; }\n.m > progress { background-color: #222; }\n"
                        + ".tip::after { content: \"new\"; background: #222; }\n"));
    }

    /**
     * A ::before or ::after whose content another rule for the same selector writes shows that text on its background: in
     * the same style sheet (written :before or ::before), or in another the page loads (quiz.css's for site.css's rule on the
     * quiz's page). Content written under another condition (a wide screen), or a later content: none, leaves it without text.
     */
    @Test
    void aPseudoElementWhoseContentAnotherRuleWritesIsChecked() {
        String aa = " on background: #222 (light scheme) has a contrast of 1.0:1, under the 4.5:1 WCAG AA asks of text, so readers with"
                + " weaker sight lose it: its text takes the page's colour, var(--text) from assets/css/site.css:3; make the background"
                + " lighter, or give ";
        assertEquals(List.of("assets/css/quiz.css:1: warning: --text #1d2127 in .tip::before" + aa + ".tip::before a color of its own",
                        "assets/css/quiz.css:2: warning: --text #1d2127 in .note:before" + aa + ".note:before a color of its own",
                        "assets/css/site.css:5: warning: --text #1d2127 in .flag::after" + aa + ".flag::after a color of its own"),
                warnings(PALETTE + "body { color: var(--text); }\n.tip::before { content: \"Tip: \"; }\n.flag::after { background: #222; }\n",
                        ".tip::before { background: #222; }\n.note:before { background: #222; }\n.note::before, .x { content: \"Note: \"; }\n"
                        + ".bar::after { background: #222; }\n@media (min-width: 40em) { .bar::after { content: \"new\"; } }\n"
                        + ".off::after { content: \"new\"; background: #222; }\n.off::after { content: none; }\n.flag::after { content: \"!\"; }\n"));
    }

    /**
     * The text of a rule that writes a colour but no background is on the background another rule for the same selector
     * paints, not on the page's --bg: .skip's var(--bg) on var(--text) (as the real .skip-link: 15.5:1 light, 14.3:1 dark) and .y's #eee on
     * #222 (13.7:1, worked out apart in Python) pass, where held to --bg they would be lost (1.0:1 and 1.1:1). .skip:visited's
     * text is on .skip's background too (the same element, SameElement), so it passes as well.
     */
    @Test
    void aColourWhoseSelectorPaintsItsBackgroundInAnotherRuleIsCheckedOnThatBackground() {
        assertEquals(List.of(), warnings(PALETTE + "body { color: var(--text); }\n", ".skip { background: var(--text); }\n"
                + ".skip, .skip:visited { color: var(--bg); }\n.y { background: #222; }\n.y { color: #eee; }\n"));
    }
}
