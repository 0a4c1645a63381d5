package guide.search;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build-time linguistics: Polish forms from the dictionary, folding, English forms from the stemmer. */
class LanguageAnalysisTest {
    private final LanguageAnalysis pl = LanguageAnalysis.forLanguage("pl");
    private final LanguageAnalysis en = LanguageAnalysis.forLanguage("en");

    @Test
    void foldingDropsCaseAndDiacritics() {
        assertEquals("zolw", Folding.fold("Żółw"));
        assertEquals("zaliczke", Folding.fold("ZALICZKĘ"));
        assertEquals("lodz", Folding.fold("Łódź"));
        assertEquals("cafe", Folding.fold("Café"));
        assertEquals(List.of("Klient", "zapłacił", "faktury", "2026", "VAT", "em", "VAT-em"), Folding.words("Klient zapłacił 3 faktury — w 2026 (z VAT-em)!"));
    }

    @Test
    void polishWordsMeetAtTheirLemma() {
        assertEquals(List.of("faktura"), pl.keys("fakturach"));
        assertEquals(List.of("faktura"), pl.keys("Faktury"));
        assertTrue(pl.keys("ręce").contains("reka"), pl.keys("ręce").toString());
        assertTrue(pl.keys("przyszedł").contains("przyjsc"), pl.keys("przyszedł").toString());
        assertTrue(pl.keys("żółwia").contains("zolw"), pl.keys("żółwia").toString());
        assertEquals(List.of("kangurzyca"), pl.keys("Kangurzyca"), "a word the dictionary does not know is its own key");
    }

    @Test
    void aPolishReaderMayTypeAnyFormOfALemmaInTheText() {
        Map<String, Set<String>> forms = pl.typedForms(List.of("faktury", "ręce", "przyszedł", "żółw", "zaliczkę"));
        assertEquals(Set.of("faktura"), forms.get("fakturach"), "a form the text does not use");
        assertEquals(Set.of("faktura"), forms.get("fakturze"));
        assertTrue(forms.get("rak").contains("reka"), "rąk, folded");
        assertTrue(forms.get("reka").contains("reka"));
        assertTrue(forms.get("przyjde").contains("przyjsc"), "przyjdę, folded");
        assertTrue(forms.get("przyjsc").contains("przyjsc"));
        assertEquals(Set.of("zolw"), forms.get("zolwiami"));
        assertTrue(forms.get("zaliczka").contains("zaliczka"));
        assertTrue(forms.get("zaliczke").contains("zaliczka"));
    }

    @Test
    void stopWordsAreNotIndexed() {
        assertEquals(List.of(), pl.keys("się"));
        assertEquals(List.of(), pl.keys("Jak"));
        assertEquals(List.of(), en.keys("The"));
        assertTrue(pl.stopWords().contains("sie"));
        assertTrue(en.stopWords().contains("the"));
    }

    @Test
    void englishFormsMeetAtTheirStem() {
        assertEquals(en.keys("invoices"), en.keys("invoicing"));
        assertEquals(en.keys("invoice"), en.keys("Invoiced"));
        assertEquals(en.keys("stops"), en.keys("stopped"));
        assertTrue(!en.keys("invoices").equals(en.keys("invoke")), "different words keep different stems");
    }

    @Test
    void anEnglishReaderMayTypeRegularFormsTheTextDoesNotUse() {
        Map<String, Set<String>> forms = en.typedForms(List.of("invoices", "stops", "parties", "pays"));
        String invoice = en.keys("invoices").get(0);
        for (String form : List.of("invoice", "invoices", "invoiced", "invoicing")) {
            assertEquals(Set.of(invoice), forms.get(form), form);
        }
        for (String form : List.of("stop", "stopped", "stopping")) {
            assertEquals(en.keys("stops").stream().collect(Collectors.toSet()), forms.get(form), form);
        }
        assertTrue(forms.containsKey("party"));
        assertTrue(forms.containsKey("paying"));
        assertTrue(!forms.containsKey("invoicement") || forms.get("invoicement").equals(Set.of(invoice)),
                "a candidate is kept only when the stemmer gives it the same stem");
    }

    /**
     * A language added by configuration alone is searched by Lucene's Snowball stemmer for it, chosen by its locale: a
     * German reader typing "Rechnung" finds the page that says "Rechnungen", and "und" is a stop word.
     */
    @Test
    void aLanguageWithASnowballStemmerMeetsAtItsStems() {
        LanguageAnalysis de = LanguageAnalysis.forLocale(new ULocale("de-AT"));
        assertEquals(de.keys("Rechnungen"), de.keys("Rechnung"));
        assertEquals(de.keys("Kündigung"), de.keys("Kündigungen"));
        assertEquals(List.of(), de.keys("und"), "Lucene's German stop words");
        Map<String, Set<String>> forms = de.typedForms(List.of("Rechnungen", "Kündigungen"));
        assertEquals(Set.copyOf(de.keys("Rechnungen")), forms.get("rechnungen"), "a word the pages use");
        assertEquals(Set.copyOf(de.keys("Rechnungen")), forms.get("rechnung"), "its stem, here a word of its own");
        assertEquals(Set.copyOf(de.keys("Kündigungen")), forms.get("kundigungen"), "folded as a reader may type it");

        LanguageAnalysis ru = LanguageAnalysis.forLanguage("ru");
        assertEquals(ru.keys("договора"), ru.keys("договоры"), "Russian, in Cyrillic");
    }

    /** A language Lucene has no stemmer for is matched with case and diacritics folded, form by form. */
    @Test
    void aLanguageWithoutAStemmerFoldsOnly() {
        LanguageAnalysis uk = LanguageAnalysis.forLanguage("uk");
        assertEquals(List.of("рахунок"), uk.keys("Рахунок"));
        assertEquals(List.of("рахунки"), uk.keys("рахунки"), "another form is another key");
        assertEquals(Set.of(), uk.stopWords());
    }
}
