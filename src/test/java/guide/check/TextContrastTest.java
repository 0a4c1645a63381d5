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
}
