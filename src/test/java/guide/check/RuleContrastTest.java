package guide.check;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A colour written straight into a rule is held to the contrast the palette is, at its line. */
class RuleContrastTest {
    private static final String PALETTE = ":root { --bg: #fbfaf7; --text: #1d2127; --surface: #f2efe8; }\n"
            + "@media (prefers-color-scheme: dark) { :root { --bg: #15171b; --text: #e7e5e0; } }\n";

    private static List<String> warnings(String site, String quiz) {
        return RuleContrast.of(List.of(new StyleSheets.Sheet(Path.of("assets/css/quiz.css"), "/css/quiz.css", quiz),
                new StyleSheets.Sheet(Path.of("assets/css/site.css"), "/css/site.css", site))).stream().map(Problem::toString).toList();
    }

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
                        + " 1.4:1, under the 4.5:1 WCAG AA asks of text, so readers with weaker sight lose it: make the color darker",
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

    @Test
    void theGuidesOwnStyleSheetsPass() throws IOException {
        assertEquals(List.of(), warnings(Files.readString(Path.of("assets/css/site.css")), Files.readString(Path.of("assets/css/quiz.css"))));
    }
}
