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

    @Test
    void everyPhraseOfAPolishTextIsKeptFromItsStartToItsEndButNotInsideAWord() {
        // A guard test: it passes with the scan reading the characters through String.charAt and through a char[] copy; it
        // keeps the copy's indices the text's, in a text of two-byte characters (ą, ł), at its first and last characters.
        KeptPhrases kept = new KeptPhrases(List.of("Dz. U.", "tys. zł"));
        assertEquals("Dz.\u00A0U. z 2023 r., 5 tys.\u00A0zł, (DZ.\u00A0U.) i znów 7 tys.\u00A0zł",
                kept.apply("Dz. U. z 2023 r., 5 tys. zł, (DZ. U.) i znów 7 tys. zł"));
        assertEquals("ądz. U. i 5 tys. złotych", kept.apply("ądz. U. i 5 tys. złotych"));
    }
}
