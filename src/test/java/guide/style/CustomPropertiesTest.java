package guide.style;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The palette and the column are read per colour scheme, each value at its line, as a browser would apply them. */
class CustomPropertiesTest {
    private static String shown(Map<String, Declaration> scheme) {
        StringBuilder s = new StringBuilder();
        scheme.forEach((name, d) -> s.append(name).append('=').append(d.value()).append('@').append(d.line()).append(' '));
        return s.toString().strip();
    }

    @Test
    void theLightSchemeIsEveryUnconditionalRootAndTheDarkOneGoesOnTop() {
        CustomProperties properties = CustomProperties.of("/* :root { --bg: #000; } in a comment */\n:root {\n  --bg: #fbfaf7; --text: #1d2127; color-scheme: light dark;\n"
                + "  --sans: \"Segoe UI; {bold}\", sans-serif;\n}\n@media (prefers-contrast: more) { :root { --text: #000; } }\n"
                + "@media print { :root { --bg: #fff; } }\n@media (prefers-color-scheme: dark) {\n  :root { --bg: #15171b; }\n}\n"
                + ":root { --column: 68ch }\n");
        assertEquals("bg=#fbfaf7@3 text=#1d2127@3 sans=\"Segoe UI; {bold}\", sans-serif@4 column=68ch@11", shown(properties.light()));
        assertEquals("bg=#15171b@9 text=#1d2127@3 sans=\"Segoe UI; {bold}\", sans-serif@4 column=68ch@11", shown(properties.dark()));
        assertEquals(2, properties.rootLine());
    }

    /** A plain :root after the dark one sets a property for both schemes, as the browser takes the later of two :root rules. */
    @Test
    void aPlainRootAfterTheDarkOneWinsInTheDarkToo() {
        CustomProperties properties = CustomProperties.of(":root { --bg: #fbfaf7; --text: #1d2127; }\n"
                + "@media (prefers-color-scheme: dark) { :root { --bg: #15171b; --text: #e7e5e0; } }\n:root { --bg: #ffffff; }\n");
        assertEquals("bg=#ffffff@3 text=#1d2127@1", shown(properties.light()));
        assertEquals("bg=#ffffff@3 text=#e7e5e0@2", shown(properties.dark()));
    }

    @Test
    void aLaterValueWinsAndASheetWithoutRootHasNone() {
        CustomProperties properties = CustomProperties.of(":root { --accent: #111; }\r\rbody { color: red; }\r:root { --accent: #222; }");
        assertEquals("accent=#222@4", shown(properties.light()));
        assertNull(properties.dark());
        CustomProperties none = CustomProperties.of("body { --bg: #fff; }\n");
        assertEquals(0, none.rootLine());
        assertEquals(Map.of(), none.light());
    }

    @Test
    void aRuleInsideAnotherIsNoDeclarationOfIt() {
        List<StyleBlocks.Block> blocks = StyleBlocks.of("/* a\n   sheet */ .a {\n  color: #777;\n  & .b { color: #fff; }\n"
                + "  background: url(\"x;y.png\"); mask: url(data:image/svg+xml;utf8,x);\n}\n");
        assertEquals(List.of("& .b", ".a"), blocks.stream().map(StyleBlocks.Block::selectors).toList());
        assertEquals(List.of("color=#777@3", "background=url(\"x;y.png\")@5", "mask=url(data:image/svg+xml;utf8,x)@5"), blocks.get(1).declarations().stream()
                .map(d -> d.name() + "=" + d.value() + "@" + d.line()).toList());
    }
}
