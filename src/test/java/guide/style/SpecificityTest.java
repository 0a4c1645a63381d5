package guide.style;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Specificity as Selectors Level 4 counts it, worked out by hand from section 17 of the specification. */
class SpecificityTest {
    @Test
    void countsIdsClassesAndTypes() {
        assertEquals(new Specificity(1, 0, 0), Specificity.of("#a"));
        assertEquals(new Specificity(0, 2, 1), Specificity.of("a.b:hover"));
        assertEquals(new Specificity(0, 1, 2), Specificity.of(".x p::before"));
        assertEquals(new Specificity(0, 1, 2), Specificity.of(".x > p:before"));
        assertEquals(new Specificity(0, 1, 1), Specificity.of("input[type=\"text\"]"));
        assertEquals(new Specificity(0, 2, 0), Specificity.of(".tip.tip"));
        assertEquals(Specificity.ZERO, Specificity.of("*"));
    }

    @Test
    void whereCountsNothingAndIsNotAndHasTheirMostSpecificArgument() {
        assertEquals(new Specificity(0, 0, 1), Specificity.of("p:where(.a, #b)"));
        assertEquals(new Specificity(1, 1, 0), Specificity.of(".x:not(.y, #z)"));
        assertEquals(new Specificity(0, 2, 0), Specificity.of(".x:is(:hover)"));
        assertEquals(new Specificity(0, 2, 1), Specificity.of("li:has(> .a.b, p)"));
        assertEquals(new Specificity(0, 2, 0), Specificity.of(":is(:not(.a, .b.c), p)"));
        assertEquals(Specificity.ZERO, Specificity.of(":is()"));
    }

    /** Selectors Level 4, section 17: the pseudo-class itself plus the most specific selector of its list, as :is() counts it. */
    @Test
    void nthChildOfAListCountsItsMostSpecificSelectorPlusItself() {
        assertEquals(new Specificity(0, 2, 1), Specificity.of("li:nth-child(odd of .done)"));
        assertEquals(new Specificity(1, 1, 1), Specificity.of("li:nth-last-child(-n + 3 of .a, #b)"));
        assertEquals(new Specificity(0, 4, 2), Specificity.of(".steps li:NTH-CHILD(2n+1 OF li.done.big)"));
        assertEquals(new Specificity(0, 1, 1), Specificity.of("li:nth-child(2n+1)"), "without a list, one pseudo-class");
        assertEquals(new Specificity(0, 1, 0), Specificity.of(":nth-of-type(2n of .x)"), "only :nth-child and :nth-last-child take one");
        assertEquals(Specificity.ZERO, Specificity.of(":is("), "an argument left open counts nothing");
    }

    @Test
    void idsOutrankClassesAndClassesOutrankTypes() {
        assertTrue(new Specificity(1, 0, 0).compareTo(new Specificity(0, 100, 0)) > 0);
        assertTrue(new Specificity(0, 1, 0).compareTo(new Specificity(0, 0, 101)) > 0);
        assertTrue(new Specificity(0, 1, 2).compareTo(new Specificity(0, 1, 1)) > 0);
        assertEquals(0, new Specificity(0, 1, 1).compareTo(new Specificity(0, 1, 1)));
        assertEquals(new Specificity(1, 2, 3), new Specificity(1, 0, 1).plus(new Specificity(0, 2, 2)));
    }
}
