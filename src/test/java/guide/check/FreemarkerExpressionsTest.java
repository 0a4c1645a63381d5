package guide.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parts of a template Freemarker evaluates, with where each starts: interpolations and directive tags, not text or comments. */
class FreemarkerExpressionsTest {

    private static List<FreemarkerExpressions.Expression> in(String template) {
        return FreemarkerExpressions.in(template);
    }

    @Test
    void interpolationsAndDirectivesAreFoundWithTheirOffsets() {
        // Offsets of the first character after "${", "<#", "<@", "#{": 4 + 2, 20 + 2, 44 + 2, 70 + 2.
        assertEquals(List.of(new FreemarkerExpressions.Expression(6, "ui.title"), new FreemarkerExpressions.Expression(22, "if ui.flag"),
                new FreemarkerExpressions.Expression(46, "layout.page title=ui.x/"), new FreemarkerExpressions.Expression(72, "n")),
                in("<h1>${ui.title}</h1><#if ui.flag>ui.js</#if><@layout.page title=ui.x/>#{n}"));
    }

    @Test
    void commentsAndPlainTextAreLeftOut() {
        assertEquals(List.of(new FreemarkerExpressions.Expression(26, "a")), in("<#-- ${ui.x} <#if b> -->${a} ui.y"));
        assertEquals(List.of(), in("<p>ui.js</p><#-- ${never closed"));
        assertEquals(List.of(), in("</#if> < #if x> $ {y}"));
        assertEquals(List.of("b"), in("<#-->${a}-->${b}").stream().map(FreemarkerExpressions.Expression::text).toList(),
                "the dashes that open a comment do not also close it");
        assertEquals(List.of(), in("<#-- ${}-->"));
    }

    @Test
    void closersInsideStringsAndBracketsDoNotEndAnExpression() {
        assertEquals("a[\"}\"]", in("${a[\"}\"]}").get(0).text());
        assertEquals("f(b, '}') + {'k': 1}['k']", in("${f(b, '}') + {'k': 1}['k']}").get(0).text());
        assertEquals("m x=\">\" y='it\\'s'/", in("<@m x=\">\" y='it\\'s'/>").get(0).text());
        assertEquals("if (a > b)", in("<#if (a > b)>x</#if>").get(0).text());
        assertEquals(")x", in("${)x}").get(0).text(), "a stray closing bracket at depth 0 is text");
    }

    @Test
    void anUnclosedExpressionRunsToTheEnd() {
        assertEquals(List.of(new FreemarkerExpressions.Expression(2, "abc \"d}")), in("${abc \"d}"));
    }
}
