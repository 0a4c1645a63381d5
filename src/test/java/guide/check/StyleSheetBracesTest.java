package guide.check;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StyleSheetBracesTest {
    private static List<String> problems(String css) {
        List<Problem> found = new ArrayList<>();
        new StyleSheetBraces().checkSheet(Path.of("assets/css/site.css"), css, found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void aRuleLeftOpenIsNamedAtItsBrace() {
        assertEquals(List.of("assets/css/site.css:3: '{' is never closed: the browser reads every rule after it as part of this one, "
                + "and drops them; add its '}'"), problems("/* { in a comment */\n.a { content: \"}\"; }\n.broken { color: red;\n.b { }\n"));
    }

    @Test
    void aBraceThatClosesNothingAndAnOpenCommentAreNamed() {
        assertEquals(List.of("assets/css/site.css:2: '}' closes no '{': the browser drops the rule after it; remove it, or add the '{' it was meant to close",
                "assets/css/site.css:4: comment '/*' is never closed: the browser ignores everything after it; add '*/'"),
                problems(".a { color: red; }\n}\n.b { }\n/* forgotten\n.c { }\n"));
    }

    @Test
    void balancedSheetsPass() {
        assertEquals(List.of(), problems("@media (min-width: 48em) {\n  .a::before { content: '{'; }\n  .b { background: url(\"x}.svg\") }\n}\n"
                + ".c::after { content: \"\\\"}\" }\n"));
    }

    /** Lines are counted through comments and strings that span lines, and an escaped brace is no brace. */
    @Test
    void linesAreCountedThroughCommentsStringsAndEscapes() {
        assertEquals(List.of("assets/css/site.css:6: '}' closes no '{': the browser drops the rule after it; remove it, or add the '{' it was meant to close"),
                problems("/* one\ntwo\nthree */\n.a { content: \"x\n}\n}\n"), "the string ends at its line break; the first '}' closes .a");
        assertEquals(List.of(), problems(".a\\{ { color: red }\n/*/ { */\n"), "an escaped brace, and a comment that starts with '/*/'");
        assertEquals(List.of("assets/css/site.css:1: '{' is never closed: the browser reads every rule after it as part of this one, and drops them;"
                + " add its '}'"), problems(".a { content: \"never closed"), "a string running to the end of the file");
    }
}
