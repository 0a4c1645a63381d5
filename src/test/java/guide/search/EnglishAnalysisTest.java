package guide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * English search on a fresh analysis each test (nothing remembered from another test): a reader finds a page by any
 * regular form of its words, and stop words find nothing.
 */
class EnglishAnalysisTest {
    private final EnglishAnalysis en = new EnglishAnalysis();

    @Test
    void aWordsKeyIsItsPorterStemFoldedAndAStopWordHasNone() {
        assertEquals(List.of("invoic"), en.keys("Invoices"));
        assertEquals(List.of("invoic"), en.keys("INVOICING"), "case does not matter");
        assertEquals(List.of("cafe"), en.keys("Café"), "diacritics are folded before stemming");
        assertEquals(List.of(), en.keys("The"));
        assertEquals(List.of(), en.keys("with"));
        assertTrue(en.stopWords().containsAll(Set.of("the", "and", "with", "of")), en.stopWords().toString());
        assertFalse(en.stopWords().contains("invoice"));
    }

    @Test
    void aReaderMayTypeTheFormsTheTextDoesNotUse() {
        Map<String, Set<String>> forms = en.typedForms(List.of("Parties", "stopped", "Invoices", "invoices"));
        for (String form : List.of("party", "parties", "partied")) {
            assertEquals(Set.of("parti"), forms.get(form), form);
        }
        for (String form : List.of("stop", "stops", "stopping")) {
            assertEquals(Set.of("stop"), forms.get(form), form);
        }
        for (String form : List.of("invoice", "invoiced", "invoicing")) {
            assertEquals(Set.of("invoic"), forms.get(form), form);
        }
        assertNull(forms.get("stoper"), "a candidate with another stem is not a form of the word: " + forms.keySet());
    }

    @Test
    void stopWordsAreNeitherWordsNorForms() {
        Map<String, Set<String>> forms = en.typedForms(List.of("The", "ands"));
        assertNull(forms.get("the"));
        assertEquals(Set.of("and"), forms.get("ands"), "'ands' is no stop word; its stem is 'and'");
        assertNull(forms.get("and"), "but the stop word 'and' is not a form a reader may type for it");
    }
}
