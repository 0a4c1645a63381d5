package guide.style;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule for the same element written another way is found, the most specific and then the last winning. */
class SameElementTest {
    @Test
    void aSelectorWithFewerSimpleSelectorsInItsSubjectCoversTheElement() {
        assertTrue(SameElement.covers(".tip", "div.tip"));
        assertTrue(SameElement.covers("div", "div.tip"));
        assertTrue(SameElement.covers(".skip-link", ".skip-link:visited"));
        assertTrue(SameElement.covers(".b.a", ".a.b"));
        assertTrue(SameElement.covers(".note  >  .tip::before", ".note > DIV.tip:before"));
        assertTrue(SameElement.covers("*.tip", ".tip"));
        assertTrue(SameElement.covers(".b.a .tip", ".a.b .tip"));
        assertTrue(SameElement.covers("div", "DIV.tip"));
        assertTrue(SameElement.covers(".a:hover", ".a:HOVER"));
        assertTrue(SameElement.covers("p:not(.x)", "P:NOT(.x)"));
    }

    /** A list is split at its own commas, not inside :not() or :is(); a list inside :is() or :where() names each of its elements. */
    @Test
    void aSelectorListInsideIsOrWhereCoversEachElementItNames() {
        assertEquals(List.of(".a", " p:not(.x, .y)", " :is(.b, .c)"), SameElement.list(".a, p:not(.x, .y), :is(.b, .c)"));
        assertEquals("is", SameElement.winner(List.of("is", "other"), r -> r.equals("is") ? ":is(.tip, .note)" : ".box", ".tip"));
        assertEquals("where", SameElement.winner(List.of("where"), r -> "div:where(.tip, .note)::before", "div.note::before"));
        assertNull(SameElement.winner(List.of("descendant"), r -> ":is(.box .tip, .note)", ".tip"));
        assertNull(SameElement.winner(List.of("not"), r -> "p:not(.x, .tip)", ".tip"));
    }

    @Test
    void anotherElementTypeAncestorCombinatorOrPseudoElementDoesNot() {
        assertFalse(SameElement.covers("div.tip", ".tip"));
        assertFalse(SameElement.covers("p.tip", "div.tip"));
        assertFalse(SameElement.covers(".skip-link:visited", ".skip-link"));
        assertFalse(SameElement.covers(".box .tip", ".tip"));
        assertFalse(SameElement.covers(".box > .tip", ".box .tip"));
        assertFalse(SameElement.covers(".side .tip", ".box .tip"));
        assertFalse(SameElement.covers(".tip", ".tip::before"));
        assertFalse(SameElement.covers(".tip::after", ".tip::before"));
        assertFalse(SameElement.covers(".tip", ".tips"));
        assertFalse(SameElement.covers(".Tip", ".tip"));
        assertFalse(SameElement.covers("p:not(.X)", "p:not(.x)"));
    }

    /** Specificity as Selectors 4 counts it: #a (1,0,0), .a:hover (0,2,0), :where() nothing, :not() its argument. */
    @Test
    void specificityCountsIdsClassesAndTypes() {
        assertEquals(10000, SameElement.specificity("#a"));
        assertEquals(201, SameElement.specificity("a.b:hover"));
        assertEquals(102, SameElement.specificity(".x p::before"));
        assertEquals(1, SameElement.specificity("p:where(.a, #b)"));
        assertEquals(10100, SameElement.specificity(".x:not(.y, #z)"));
        assertEquals(200, SameElement.specificity(".x:is(:hover)"));
        assertEquals(0, SameElement.specificity("*"));
    }

    /** The most specific rule wins over a later, less specific one; of equally specific ones, the last. */
    @Test
    void theMostSpecificThenTheLastWins() {
        List<Rule> rules = List.of(new Rule(1, ".tip"), new Rule(2, "div.tip, .other"), new Rule(3, ".tip"), new Rule(4, "p"));
        assertEquals(2, SameElement.winner(rules, Rule::selectors, "div.tip").n());
        assertEquals(3, SameElement.winner(rules, Rule::selectors, ".tip").n());
        assertNull(SameElement.winner(rules, Rule::selectors, "span"));
        assertEquals(5, SameElement.winner(List.of(new Rule(5, "*")), Rule::selectors, "span").n());
    }

    private record Rule(int n, String selectors) {
    }
}
