package guide.check;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StyleSheetCspCheckTest {
    private static List<String> problems(String css) {
        List<Problem> found = new ArrayList<>();
        new StyleSheetCspCheck().checkSheet(Path.of("assets/css/site.css"), css, found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void aFontOrStyleSheetFromAnotherSiteIsNamedAtItsLine() {
        assertEquals(List.of(
                "assets/css/site.css:2: @import of https://fonts.googleapis.com/css2?family=Inter loads a file from another site, which the "
                        + "Content Security Policy blocks (style-src 'self'): put the file in assets/ (a font in assets/fonts/) and link it in "
                        + "templates/partials/head.ftl with asset.url(\"/css/….css\")",
                "assets/css/site.css:4: url() of https://example.com/inter.woff2 loads a file from another site, which the Content Security "
                        + "Policy blocks (default-src, img-src 'self'): put the file in assets/ (a font in assets/fonts/) and write its address "
                        + "from there, url(/fonts/….woff2)"),
                problems("/* a comment: url(https://example.com/not-loaded.png) */\n@import url(\"https://fonts.googleapis.com/css2?family=Inter\");\n"
                        + "@font-face { font-family: Inter;\n  src: url('https://example.com/inter.woff2'); }\n"));
    }

    @Test
    void theSitesOwnFilesPass() {
        assertEquals(List.of(), problems("@font-face { src: url(/fonts/inter.woff2); }\n.a { background: url(data:image/svg+xml,x) }\n"
                + "@import \"quiz.css\";\n"));
    }
}
