package guide.check;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The rules are what the regular expression {@code ([^{}]*)\{([^{}]*)}} found, before one pass over the text replaced it
     * for speed: the same selectors' offsets and declarations, for every text of up to 9 braces and letters (stray, nested
     * and unclosed braces too).
     */
    @Test
    void everyTextGivesTheRulesTheRegularExpressionOfBracesFound() {
        Pattern rule = Pattern.compile("([^{}]*)\\{([^{}]*)}");
        List<String> texts = new ArrayList<>(List.of(""));
        for (int from = 0; texts.get(texts.size() - 1).length() < 9; ) {
            int to = texts.size();
            for (int i = from; i < to; i++) {
                for (char c : new char[] {'{', '}', 'a'}) {
                    texts.add(texts.get(i) + c);
                }
            }
            from = to;
        }
        for (String css : texts) {
            List<String> found = new ArrayList<>();
            for (Matcher m = rule.matcher(css); m.find(); ) {
                found.add(m.start(1) + "-" + m.end(1) + "{" + m.group(2) + "}");
            }
            assertEquals(found, StyleRules.of(List.of(sheet("a.css", css))).stream().map(r -> r.start() + "-" + r.end() + "{" + r.declarations() + "}")
                    .toList(), css);
        }
    }
}
