package guide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Polish search on a fresh analysis each test (no look-up remembered from another test): a reader finds a page by any form
 * of its words' lemmas, and a preview's next save, which asks again, gets the forms of its own words only.
 */
class PolishAnalysisTest {
    private final PolishAnalysis pl = new PolishAnalysis();

    @Test
    void aWordsKeysAreItsLemmasFolded() {
        assertEquals(List.of("faktura"), pl.keys("fakturach"));
        assertEquals(List.of("faktura"), pl.keys("FAKTURY"), "a word in capitals is looked up lowercase");
        assertEquals(List.of("faktura"), pl.lemmas("Faktura"));
        assertTrue(pl.keys("ręce").contains("reka"), pl.keys("ręce").toString());
        assertEquals(List.of("zolwik"), pl.keys("ŻÓŁWIK"), "a word in capitals, folded");
        assertEquals(List.of("qzolw"), pl.keys("Qżółw"), "a word the dictionary does not know is its own key, folded");
        assertEquals(List.of("qżółw"), pl.lemmas("Qżółw"), "its lemma is itself, lowercase");
        assertEquals(List.of(), pl.keys("Się"), "a stop word, in any case");
        assertTrue(pl.stopWords().contains("sie"), "stop words folded");
        assertTrue(pl.stopWords().stream().noneMatch(w -> w.isBlank() || w.startsWith("#")),
                "only words, no comment or blank line of Lucene's list: " + pl.stopWords());
    }

    @Test
    void theBuildSharesOneAnalysis() {
        assertSame(PolishAnalysis.get(), PolishAnalysis.get());
        assertSame(PolishAnalysis.get(), LanguageAnalysis.forLanguage("pl"));
    }

    @Test
    void aLemmaIsOneKeyHoweverManyEntriesTheDictionaryHasForTheWord() {
        List<String> keys = pl.keys("zamek");
        assertEquals(Set.copyOf(keys).size(), keys.size(), "no key twice: " + keys);
        assertEquals(List.of("zamek"), keys, "zamek (castle) and zamek (lock): one lemma, one key");
    }

    @Test
    void aReaderMayTypeAnyFormOfALemmaTheTextUses() {
        Map<String, Set<String>> forms = pl.typedForms(List.of("faktury", "ręce", "się"));
        assertEquals(Set.of("faktura"), forms.get("fakturach"), "a form the text does not use");
        assertEquals(Set.of("faktura"), forms.get("faktury"));
        assertEquals(Set.of("faktura"), forms.get("faktura"), "the lemma itself");
        assertTrue(forms.get("rak").contains("reka"), "rąk, folded");
        assertNull(forms.get("sie"), "a stop word is no form");
        assertEquals(Map.of("qzolw", Set.of("qzolw")), pl.typedForms(List.of("Qżółw")), "an unknown word is its own form");
    }

    /** The preview asks at every save; what the last save's words had is reused, and nothing of them leaks into this one's. */
    @Test
    void aSecondCallGivesTheFormsOfItsOwnWords() {
        pl.typedForms(List.of("faktury", "zaliczkę"));
        Map<String, Set<String>> again = pl.typedForms(List.of("faktury", "ręce"));
        assertEquals(Set.of("faktura"), again.get("fakturach"), "a lemma of the last call, remembered");
        assertEquals(Set.of("faktura"), again.get("faktury"), "a word of the last call, remembered folded");
        assertTrue(again.get("rak").contains("reka"), "a new lemma");
        assertFalse(again.containsKey("zaliczkach"), "the last call's other lemma is not a form now");
        Map<String, Set<String>> third = pl.typedForms(List.of("zaliczkę"));
        assertEquals(Set.of("zaliczka"), third.get("zaliczkach"), "asked for again after a call without it");
        assertFalse(third.containsKey("fakturach"));
    }
}
