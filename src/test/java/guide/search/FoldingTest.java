package guide.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a text is cut into words and spelt for search, hyphenated words above all ("e-mail" and "email" must meet). */
class FoldingTest {

    @Test
    void aHyphenatedWordIsAWordBesideItsRuns() {
        assertEquals(List.of("Wyślij", "mailem", "e-mailem"), Folding.words("Wyślij e-mailem."));
        assertEquals(List.of("biało", "czerwona", "biało-czerwona"), Folding.words("biało-czerwona"));
        assertEquals(List.of("follow", "up", "follow\u2011up", "emails"), Folding.words("follow\u2011up emails"), "a non-breaking hyphen joins too");
    }

    /** A reader types "dont" for "don’t": a negation's apostrophe joins its runs as a hyphen does; other apostrophes do not. */
    @Test
    void aNegationIsAWordBesideItsRunsAndFoldsWithoutItsApostrophe() {
        assertEquals(List.of("Don", "Don\u2019t", "wait"), Folding.words("Don\u2019t wait."));
        assertEquals(List.of("isn", "isn't", "it"), Folding.words("isn't it"));
        assertEquals(List.of("it", "the", "client"), Folding.words("it's the client\u2019s"), "not a negation: 's separates");
        assertEquals(List.of("don", "tx"), Folding.words("don'tx"), "n't only at a word's end");
        assertEquals("dont", Folding.fold("Don\u2019t"));
        assertEquals("isnt", Folding.fold("isn't"));
        assertEquals(List.of("dont"), LanguageAnalysis.forLanguage("en").keys("don\u2019t"));
    }

    @Test
    void dashesAndLoneHyphensSeparateWords() {
        assertEquals(List.of("termin", "kara"), Folding.words("termin – kara"));
        assertEquals(List.of("od", "do"), Folding.words("od--do"));
        assertEquals(List.of("koniec"), Folding.words("koniec- -x"));
    }

    /** Polish inflects abbreviations after a hyphen: "VAT-em" is a form of "VAT", as the dictionary says. */
    @Test
    void anInflectedAbbreviationMeetsItsOtherForms() {
        LanguageAnalysis pl = LanguageAnalysis.forLanguage("pl");
        assertEquals(List.of("vat"), pl.keys("VAT-em"));
        assertEquals(List.of("vat"), pl.keys("VAT-u"));
        assertEquals(List.of("email"), pl.keys("e-mailem"));
        assertEquals(List.of("email"), LanguageAnalysis.forLanguage("en").keys("e-mails"));
    }

    @Test
    void aHyphenatedWordFoldsJoined() {
        assertEquals("email", Folding.fold("E-mail"));
        assertEquals("bialoczerwona", Folding.fold("biało\u2010czerwona"));
        assertEquals("zolw", Folding.fold("Żółw"));
    }
}
