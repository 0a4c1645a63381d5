package guide.check;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quiz's checks read the style sheets rule by rule, each selector of a list at its own offsets, comments left out. */
class StyleRulesTest {
    private static StyleSheets.Sheet sheet(String name, String css) {
        return new StyleSheets.Sheet(Path.of("assets", "css", name), "/css/" + name, css);
    }

    @Test
    void everyRuleOfEverySheetInOrderWithItsSelectorsAndDeclarations() {
        List<StyleRules.Rule> rules = StyleRules.of(List.of(sheet("a.css", ".a, .b > i { color: red; }\n/* .c { x } */\n.d{margin:0}"),
                sheet("b.css", "@media (min-width: 40em) {\n  .e { padding: 0; }\n}\n")));
        assertEquals(List.of(".a, .b > i| color: red; |assets/css/a.css", ".d|margin:0|assets/css/a.css", ".e| padding: 0; |assets/css/b.css"),
                rules.stream().map(r -> r.selectors().strip() + "|" + r.declarations() + "|" + r.file()).toList());
        assertEquals(3, rules.get(1).css().substring(0, rules.get(1).end()).split("\n").length, "the comment's line kept, so .d is on line 3");
    }

    @Test
    void eachSelectorOfAListIsItsTextsOffsets() {
        StyleRules.Rule rule = StyleRules.of(List.of(sheet("a.css", "p {}\n.a,\n.b ~ .c,{ x: y }"))).get(1);
        assertEquals(List.of("\n.a", "\n.b ~ .c", ""), rule.each().stream().map(s -> rule.css().substring(s.start(), s.end())).toList());
    }

    @Test
    void aRuleWithNoSelectorsOrNoDeclarationsIsStillARule() {
        assertEquals(List.of("|", " a |"), StyleRules.of(List.of(sheet("a.css", "{} a {}"))).stream().map(r -> r.selectors() + "|" + r.declarations()).toList());
    }

    @Test
    void aRuleInsideNestedBlocksStartsAfterTheBraceBeforeIt() {
        assertEquals(List.of(".f|a: b", ".g|c: d", ".h|"),
                StyleRules.of(List.of(sheet("a.css", "@media (x) {\n@supports (y) {\n.f { a: b }\n}\n.g { c: d }\n}\n}} .h {}")))
                        .stream().map(r -> r.selectors().strip() + "|" + r.declarations().strip()).toList(),
                "the blocks' own selectors are no rules; a stray closing brace ends nothing");
    }
}
