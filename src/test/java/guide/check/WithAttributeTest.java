package guide.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The elements with an attribute, found as jsoup's {@code [name]} selector finds them in a parsed page. */
class WithAttributeTest {

    @Test
    void findsTheElementsWithTheAttributeHoweverThePageSpellsItsName() {
        Document doc = Jsoup.parse("<div DATA-PROSE id=a><p data-prose=''>one</p><p data-prosex>two</p><span>three</span></div>");
        assertEquals(2, doc.select(WithAttribute.named("data-prose")).size());
        assertEquals(doc.select("[data-prose]"), doc.select(WithAttribute.named("data-prose")));
        assertEquals("a", doc.selectFirst(WithAttribute.named("id")).id());
    }

    @Test
    void refusesANameTheParserNeverWrites() {
        assertThrows(IllegalArgumentException.class, () -> WithAttribute.named("data-Prose"));
        assertThrows(IllegalArgumentException.class, () -> WithAttribute.named(""));
    }
}
