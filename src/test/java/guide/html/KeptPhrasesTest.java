package guide.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The phrases a language keeps on one line, found wherever they start, and nothing to do for phrases of one word. */
class KeptPhrasesTest {
    @Test
    void phrasesOfOneWordNeedNoRule() {
        assertTrue(new KeptPhrases(List.of("m.in.", " p.n.e. ")).isNone());
        assertFalse(new KeptPhrases(List.of("m.in.", "Dz. U.")).isNone());
    }

    @Test
    void aPhraseThatStartsOutsideTheBasicPlaneIsKeptToo() {
        KeptPhrases kept = new KeptPhrases(List.of("Dz. U.", "\uD835\uDC9C b."));
        assertEquals("x \uD835\uDC9C\u00A0b. and Dz.\u00A0U. y", kept.apply("x \uD835\uDC9C b. and Dz. U. y"));
        assertEquals("no phrase here", kept.apply("no phrase here"));
        assertEquals("\uD835\uDC9C\u00A0b.", new KeptPhrases(List.of("\uD835\uDC9C b.", "Dz. U.")).apply("\uD835\uDC9C b."));
    }
}
