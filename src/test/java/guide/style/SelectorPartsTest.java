package guide.style;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A selector's subject, its element type and the compounds it is inside, siblings left out. */
class SelectorPartsTest {
    @Test
    void theSubjectIsTheLastCompoundOutsideBrackets() {
        assertEquals("a:hover", SelectorParts.subject(".note > p a:hover"));
        assertEquals("input[type=\"a b\"]", SelectorParts.subject(".f input[type=\"a b\"]"));
        assertEquals("li:not(.a .b)", SelectorParts.subject("ul>li:not(.a .b)"));
    }

    @Test
    void theElementTypeIsTheOneTheSubjectNames() {
        assertEquals("a", SelectorParts.element(".note A.x:hover"));
        assertNull(SelectorParts.element(".note .x"));
        assertNull(SelectorParts.element(".tip::after"));
    }

    @Test
    void theAncestorsAreTheCompoundsBeforeADescendantOrChildCombinatorNearestFirst() {
        assertEquals(List.of("p", ".note"), SelectorParts.ancestors(".note > p a"));
        assertEquals(List.of(".box"), SelectorParts.ancestors(".box .tip + span"));
        assertEquals(List.of(".box"), SelectorParts.ancestors(".box>.tip ~ span"));
        assertEquals(List.of(), SelectorParts.ancestors("a"));
    }
}
