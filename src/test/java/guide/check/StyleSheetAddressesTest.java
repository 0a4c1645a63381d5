package guide.check;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StyleSheetAddressesTest {
    private static final Set<String> ASSETS = Set.of("/css/site.css", "/fonts/inter.woff2", "/favicon.svg");

    private static List<String> problems(String css) {
        List<Problem> found = new ArrayList<>();
        new StyleSheetAddresses().checkSheet(Path.of("assets/css/site.css"), "/css/site.css", css, ASSETS::contains, found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void aFontOrImageThatIsNotInAssetsIsNamedAtItsLine() {
        assertEquals(List.of(
                "assets/css/site.css:2: url(/fonts/Inter.woff2): no such file at /fonts/Inter.woff2 in assets/: "
                        + "put the file at assets/fonts/Inter.woff2, or correct the address",
                "assets/css/site.css:3: url(../img/bg.png): no such file at /img/bg.png in assets/: put the file at assets/img/bg.png, or correct the address"),
                problems("@font-face { font-family: Inter;\n  src: url(\"/fonts/Inter.woff2\") format(\"woff2\"); }\n"
                        + ".hero { background: url(../img/bg.png) }\n"));
    }

    @Test
    void filesOfAssetsDataAndOtherSitesPass() {
        assertEquals(List.of(), problems("/* url(/not/checked.png) */\n@font-face { src: url(../fonts/inter.woff2?v=2#x); }\n"
                + ".a { background: url('/favicon.svg'), url(data:image/svg+xml;utf8,<svg/>) }\n@import url(\"quiz.css\");\n"
                + ".b { filter: url(#shadow) }\n"));
    }

    /** An address that is no URI at all is named without a path it cannot have. */
    @Test
    void anAddressThatIsNoUriIsNamed() {
        assertEquals(List.of("assets/css/site.css:1: url(a|b.png): no such file in assets/: put the file at assets/fonts/x.woff2, or correct the address"),
                problems(".a { background: url(a|b.png) }"));
    }

    /** {@code url(} is found in any case; after {@code @import}, in any case and on other lines, it is left to the check of names. */
    @Test
    void aUrlInAnyCaseIsCheckedButAnImportsIsNot() {
        assertEquals(List.of("assets/css/site.css:4: url(/nope.png): no such file at /nope.png in assets/: put the file at assets/nope.png, or correct"
                + " the address"), problems("@IMPORT\n\t URL( \"nope.css\" ) print;\n@Import uRl(/nope.css);\n.a { background: URL(/nope.png) }\n"));
    }
}
