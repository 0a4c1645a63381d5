package guide.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Lowercase without a locale makes Turkish "ILIK" "ilik": a reader typing "ılık", with its dotless ı, must meet it. */
    @Test
    void turkishDotlessIFoldsAsI() {
        assertEquals("ilik", Folding.fold("ılık"));
        assertEquals("ilik", Folding.fold("ILIK"));
        assertEquals("ilik", Folding.fold("İLİK"));
    }

    /** A to Z, a to z and 0 to 9 are letters of words, and the characters either side of them are not. */
    @Test
    void asciiWordsEndAtTheCharactersBesideLettersAndDigits() {
        assertEquals(List.of("Az", "zA", "Za", "09", "90"), Folding.words("Az zA Za 09 90"));
        assertEquals(List.of("ab", "cd", "ef", "gh", "ij", "kl", "mn"), Folding.words("ab@cd[ef`gh{ij/kl:mn"));
        assertEquals(List.of("koniec"), Folding.words("koniec"), "a word at the text's very end");
        assertEquals(List.of("koniec"), Folding.words("koniec-"), "a hyphen at the text's very end joins nothing");
        assertEquals(List.of("rock"), Folding.words("rock'"), "nor does an apostrophe");
    }

    @Test
    void aNegationAtTheTextsEndOrInCapitalsIsAWord() {
        assertEquals(List.of("don", "don't"), Folding.words("I don't"));
        assertEquals(List.of("DON", "DON'T", "PANIC"), Folding.words("DON'T PANIC"));
        assertEquals(List.of("can", "ta", "ca"), Folding.words("can'ta ca't"), "neither n't followed by a letter nor a't");
    }

    @Test
    void aWordOfCapitalsAndDiacriticsAloneIsFoldedToo() {
        assertEquals("lodz", Folding.fold("ŁÓDŹ"));
        assertEquals("zolc", Folding.fold("ŻÓŁĆ"));
        assertEquals("faktura", Folding.fold("faktura"));
        assertEquals("email", Folding.fold("e-mail"), "lowercase letters and a hyphen");
        assertEquals("dont", Folding.fold("don't"));
        assertEquals("vat", Folding.fold("VAT"), "capitals alone");
        assertEquals("zolc", Folding.fold("\u017c\u00f3\u0142\u0107"), "lowercase letters beyond z alone");
    }

    /** Whether a word stands beside its runs, which a page's length counts instead of it. */
    @Test
    void aWordJoinedByAHyphenOrANegationIsHyphenated() {
        assertTrue(Folding.isHyphenated("e-mail"));
        assertTrue(Folding.isHyphenated("e\u2010mail"));
        assertTrue(Folding.isHyphenated("follow\u2011up"));
        assertTrue(Folding.isHyphenated("don't"));
        assertTrue(Folding.isHyphenated("don\u2019t"));
        assertFalse(Folding.isHyphenated("email"));
        assertFalse(Folding.isHyphenated("dont"));
    }
}
