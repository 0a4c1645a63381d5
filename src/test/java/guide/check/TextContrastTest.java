package guide.check;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A text colour the designer made too light (or, in the dark scheme, too dark) for its background is named at its line. */
class TextContrastTest {
    private static List<String> warnings(String css) {
        return TextContrast.of(new StyleSheets.Sheet(Path.of("assets/css/site.css"), "/css/site.css", css)).stream().map(Problem::toString).toList();
    }

    @Test
    void aLinkColourTooLightForThePageIsNamedInEachSchemeItFails() {
        assertEquals(List.of("assets/css/site.css:3: warning: --link #9fc5e8 on --bg #fbfaf7 (light scheme) has a contrast of 1.7:1, under"
                        + " the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --link darker",
                        "assets/css/site.css:7: warning: --link #1a3350 on --bg #15171b (dark scheme) has a contrast of 1.3:1, under"
                        + " the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --link lighter"),
                warnings("/* The guide */\n:root {\n  --bg: #fbfaf7; --text: #1d2127; --link: #9fc5e8;\n}\n@media (prefers-contrast: more) { :root { --line: #555; } }\n"
                        + "@media (prefers-color-scheme: dark) {\n  :root { --bg: #15171b; --text: #e7e5e0; --link: #1a3350; }\n}\n"));
    }

    @Test
    void theGuidesOwnColoursPass() throws IOException {
        assertEquals(List.of(), warnings(Files.readString(Path.of("assets/css/site.css"))));
    }

    /** A colour written rgb(r, g, b), with commas or spaces, is checked as its #rrggbb is, and named as written. */
    @Test
    void aColourWrittenAsRgbIsChecked() {
        assertEquals(List.of("assets/css/site.css:2: warning: --link rgb(159, 197, 232) on --bg rgb(251 250 247) (light scheme) has a contrast"
                        + " of 1.7:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --link darker",
                        "assets/css/site.css:2: warning: --link rgb(159, 197, 232) on --surface rgb(255,255,255) (light scheme) has a contrast"
                        + " of 1.8:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --link darker"),
                warnings(":root {\n  --bg: rgb(251 250 247); --surface: rgb(255,255,255); --text: #1d2127; --link: rgb(159, 197, 232);\n}\n"));
    }

    /** A colour written as hsl() or by its name is checked as its #rrggbb is (ratios worked out apart, in Python). */
    @Test
    void aColourWrittenAsHslOrANameIsChecked() {
        assertEquals(List.of("assets/css/site.css:2: warning: --link hsl(210 60% 80%) on --bg #fbfaf7 (light scheme) has a contrast"
                        + " of 1.5:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --link darker",
                        "assets/css/site.css:2: warning: --link hsl(210 60% 80%) on --surface white (light scheme) has a contrast"
                        + " of 1.6:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --link darker",
                        "assets/css/site.css:2: warning: --accent olive on --bg #fbfaf7 (light scheme) has a contrast"
                        + " of 4.0:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --accent darker",
                        "assets/css/site.css:2: warning: --accent olive on --surface white (light scheme) has a contrast"
                        + " of 4.1:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --accent darker"),
                warnings(":root {\n  --bg: #fbfaf7; --surface: white; --text: #1d2127; --link: hsl(210 60% 80%); --accent: olive;"
                        + " --note-bg: Orange; --note-text: #3b2f0c;\n}\n"));
    }

    /**
     * A colour the check cannot read is named, once, as not checked: a designer who wrote the link colour as color-mix() must not take
     * the silence for a pass. A dark scheme's unread colour is not checked with the light scheme's value either.
     */
    @Test
    void aColourInAnotherFormIsNamedAsNotChecked() {
        assertEquals(List.of("assets/css/site.css:3: warning: not checked for contrast, written in a form the check does not read:"
                        + " --link color-mix(in oklch, #18599a 80%, white) (line 3: a mix in oklch, which the check does not work out: it mixes in srgb only), --muted var(--text) (line 3), --surface rgb(256, 0, 0) (line 3), --text rgba(231, 229, 224, 0.7) (line 6),"
                        + " --note-bg Canvas (line 6); write a colour as #rrggbb, #rgb, rgb(), hsl(), a colour's name or a color-mix() of them in srgb to have it checked"),
                warnings(":root {\n  --bg: #fbfaf7; --text: #1d2127;\n  --link: color-mix(in oklch, #18599a 80%, white); --muted: var(--text); --surface: rgb(256, 0, 0); --sans: system-ui, sans-serif;\n}\n"
                        + "@media (prefers-color-scheme: dark) {\n  :root { --bg: #15171b; --text: rgba(231, 229, 224, 0.7); --note-bg: Canvas; }\n}\n"));
    }

    /** The notes' text is checked on their background; a very dark background (a channel under 11 of 255) is measured right. */
    @Test
    void theNotesTextAndAVeryDarkBackgroundAreChecked() {
        assertEquals(List.of("assets/css/site.css:2: warning: --note-text #999999 on --note-bg #ffffff (light scheme) has a contrast of 2.8:1,"
                        + " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --note-text darker",
                        "assets/css/site.css:5: warning: --text #505050 on --bg #0a0a0a (dark scheme) has a contrast of 2.4:1,"
                        + " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make --text lighter"),
                warnings(":root {\n  --bg: #fff; --text: #000; --note-bg: #ffffff; --note-text: #999999;\n}\n"
                        + "@media (prefers-color-scheme: dark) {\n  :root { --bg: #0a0a0a; --text: #505050; --note-bg: #000; --note-text: #fff; }\n}\n"));
    }

    /**
     * Text as light as its background, or a shade lighter (or, on a dark one, a shade darker), is told to move the way the
     * background asks: away from the background it could only reach white (or black) and still be lost.
     */
    @Test
    void textEqualToOrNearItsBackgroundIsToldTheWayTheBackgroundAsks() {
        String lost = " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make ";
        assertEquals(List.of("assets/css/site.css:2: warning: --text #fbfaf7 on --bg #fbfaf7 (light scheme) has a contrast of 1.0:1," + lost + "--text darker",
                        "assets/css/site.css:2: warning: --link #ffffff on --bg #fbfaf7 (light scheme) has a contrast of 1.0:1," + lost + "--link darker",
                        "assets/css/site.css:5: warning: --text #15171b on --bg #15171b (dark scheme) has a contrast of 1.0:1," + lost + "--text lighter",
                        "assets/css/site.css:5: warning: --link #101214 on --bg #15171b (dark scheme) has a contrast of 1.0:1," + lost + "--link lighter"),
                warnings(":root {\n  --bg: #fbfaf7; --text: #fbfaf7; --link: #ffffff;\n}\n"
                        + "@media (prefers-color-scheme: dark) {\n  :root { --bg: #15171b; --text: #15171b; --link: #101214; }\n}\n"));
    }

    /**
     * A palette colour written as a color-mix() in srgb is mixed and checked, and shown with the colour it comes to (worked out
     * apart, in Python: #18599a and white half and half are #8caccd, 2.26:1 on #fbfaf7 and 2.06:1 on #f2efe8); one that names
     * another custom property is checked with that one's colour (#999 on #fbfaf7, 2.73:1).
     */
    @Test
    void aColourMixedInSrgbOrNamingAnotherPropertyIsChecked() {
        String aa = " under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make ";
        assertEquals(List.of("assets/css/site.css:2: warning: --muted var(--grey) (#999999) on --bg #fbfaf7 (light scheme) has a contrast of 2.7:1,"
                        + aa + "--muted darker",
                        "assets/css/site.css:2: warning: --muted var(--grey) (#999999) on --surface #f2efe8 (light scheme) has a contrast of 2.4:1,"
                        + aa + "--muted darker",
                        "assets/css/site.css:3: warning: --link color-mix(in srgb, #18599a 50%, white) (#8caccd) on --bg #fbfaf7 (light scheme)"
                        + " has a contrast of 2.2:1," + aa + "--link darker",
                        "assets/css/site.css:3: warning: --link color-mix(in srgb, #18599a 50%, white) (#8caccd) on --surface #f2efe8 (light scheme)"
                        + " has a contrast of 2.0:1," + aa + "--link darker"),
                warnings(":root {\n  --bg: #fbfaf7; --surface: #f2efe8; --text: #1d2127; --grey: #999; --muted: var(--grey);\n"
                        + "  --link: color-mix(in srgb, #18599a 50%, white);\n}\n"));
    }

    /**
     * A palette colour that names a custom property on a loop, with no fallback, is named with the loop and that the browser
     * drops it, as the rules' check names it; a color-mix() of one colour says that the browser drops it too.
     */
    @Test
    void aColourOnALoopOrAMixOfOneColourSaysTheBrowserDropsIt() {
        assertEquals(List.of("assets/css/site.css:2: warning: not checked for contrast, written in a form the check does not read:"
                        + " --link var(--a) (line 2: --a and --b name each other in a loop, which the browser drops), --muted color-mix(in srgb,"
                        + " red) (line 3: a color-mix() of one colour, which the browser drops: color-mix() needs two colours); write a colour"
                        + " as #rrggbb, #rgb, rgb(), hsl(), a colour's name or a color-mix() of them in srgb to have it checked"),
                warnings(":root {\n  --bg: #fbfaf7; --text: #1d2127; --link: var(--a); --a: var(--b); --b: var(--a);\n"
                        + "  --muted: color-mix(in srgb, red);\n}\n"));
    }
}
