package guide.search;

import com.ibm.icu.util.ULocale;
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
 * A language added by configuration alone, with Lucene's Snowball stemmer for it, on a fresh analysis each test: a German
 * reader typing "Rechnung" finds the page that says "RECHNUNGEN" or "E-Mail-Rechnungen".
 */
class SnowballAnalysisTest {
    private static SnowballAnalysis of(String tag) {
        return SnowballAnalysis.of(ULocale.forLanguageTag(tag)).orElseThrow();
    }

    @Test
    void germanWordsMeetAtTheirFoldedStem() {
        SnowballAnalysis de = of("de-AT");
        assertEquals(List.of("rechnung"), de.keys("Rechnungen"));
        assertEquals(List.of("rechnung"), de.keys("RECHNUNGEN"), "a heading in capitals: stemmed lowercase");
        assertEquals(de.keys("Kündigung"), de.keys("KÜNDIGUNGEN"));
        assertEquals(List.of("kundig"), de.keys("Kündigung"), "stemmed with its umlaut, then folded");
        assertEquals(de.keys("Emailrechnungen"), de.keys("E-Mail-Rechnungen"), "hyphens left out");
        assertEquals(de.keys("Emailrechnungen"), de.keys("E\u2010Mail\u2011Rechnungen"), "Unicode hyphens too");
        assertEquals(List.of(), de.keys("und"), "Lucene's German stop words");
        assertTrue(de.stopWords().contains("fur"), "stop words folded: für");
    }

    @Test
    void aReaderMayTypeAWordThePagesUseOrItsStem() {
        SnowballAnalysis de = of("de");
        Map<String, Set<String>> forms = de.typedForms(List.of("Rechnungen", "Kündigungen", "und"));
        assertEquals(Set.of("rechnung"), forms.get("rechnungen"));
        assertEquals(Set.of("rechnung"), forms.get("rechnung"));
        assertEquals(Set.of("kundig"), forms.get("kundigungen"), "folded as a reader may type it");
        assertNull(forms.get("und"), "a stop word is no form");
        assertEquals(Set.of("rechnungen", "rechnung", "kundigungen", "kundig"), forms.keySet());
    }

    @Test
    void theStemmerIsChosenByTheLanguagesEnglishName() {
        assertEquals(of("ru").keys("договора"), of("ru").keys("договоры"), "Russian, in Cyrillic");
        assertEquals(of("nb").keys("fakturaene"), of("nb").keys("fakturaen"), "Norwegian Bokmål: Lucene's Norwegian");
        SnowballAnalysis turkish = of("tr");
        assertEquals(Set.of(), turkish.stopWords(), "a stemmer without Lucene stop words: none");
        assertEquals(List.of("fatura"), turkish.keys("faturalar"));
        assertFalse(SnowballAnalysis.of(ULocale.forLanguageTag("uk")).isPresent(), "no Ukrainian stemmer");
        assertFalse(SnowballAnalysis.of(ULocale.ROOT).isPresent(), "no language, no stemmer");
    }

    @Test
    void eachLanguageHasOneSharedAnalysisAndTestsGetTheirOwn() {
        ULocale german = ULocale.forLanguageTag("de");
        assertSame(SnowballAnalysis.forLocale(german).orElseThrow(), SnowballAnalysis.forLocale(ULocale.forLanguageTag("de-CH")).orElseThrow());
        assertFalse(SnowballAnalysis.of(german).orElseThrow() == SnowballAnalysis.forLocale(german).orElseThrow());
        assertFalse(SnowballAnalysis.forLocale(ULocale.ROOT).isPresent());
    }
}
