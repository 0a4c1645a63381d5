package guide.style;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
        assertEquals(List.of(".a", " p:not(.x, .y)", " :is(.b, .c)"), TopLevelCommas.split(".a, p:not(.x, .y), :is(.b, .c)"));
        assertEquals("is", SameElement.winner(List.of("is", "other"), r -> r.equals("is") ? ":is(.tip, .note)" : ".box", ".tip"));
        assertEquals("where", SameElement.winner(List.of("where"), r -> "div:where(.tip, .note)::before", "div.note::before"));
        assertNull(SameElement.winner(List.of("descendant"), r -> ":is(.box .tip, .note)", ".tip"));
        assertNull(SameElement.winner(List.of("not"), r -> "p:not(.x, .tip)", ".tip"));
        assertEquals(List.of(":is(.tip, .note"), SameElement.alternatives(":is(.tip, .note"));
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

    /**
     * One id outranks 100 classes written after it, and a class 101 types: a sum with weights (ids by 10,000, classes by 100)
     * would give the later rule, tying at 10,000 or winning with 10,100 and 101.
     */
    @Test
    void anIdOutranksAnyNumberOfClassesAndAClassAnyNumberOfTypes() {
        String classes = IntStream.range(0, 101).mapToObj(i -> ".c" + i).collect(Collectors.joining());
        List<Rule> byId = List.of(new Rule(1, "#x"), new Rule(2, classes.substring(0, classes.indexOf(".c100"))), new Rule(3, classes));
        assertEquals(1, SameElement.winner(byId, Rule::selectors, "#x" + classes).n());
        String types = "p" + ":not(div)".repeat(100);
        List<Rule> byClass = List.of(new Rule(4, ".tip"), new Rule(5, types));
        assertEquals(4, SameElement.winner(byClass, Rule::selectors, "p.tip" + ":not(div)".repeat(100)).n());
    }

    /** A rule counts its most specific selector that covers the element: p.tip (0,1,1), not its .tip, wins over the later .tip. */
    @Test
    void aRuleCountsItsMostSpecificCoveringSelector() {
        assertEquals(8, SameElement.winner(List.of(new Rule(8, "p.tip, .tip"), new Rule(9, ".tip")), Rule::selectors, "p.tip").n());
    }

    /** A class written twice counts twice: .tip.tip (0,2,0) wins over the later p.tip (0,1,1). */
    @Test
    void aClassWrittenTwiceCountsTwice() {
        assertEquals(6, SameElement.winner(List.of(new Rule(6, ".tip.tip"), new Rule(7, "p.tip")), Rule::selectors, "p.tip:hover").n());
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
