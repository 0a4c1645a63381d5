package guide.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * How much a word weighs in a page, which orders the results: the title counts most (30), then headings (12 each, two at
 * most), then the text, whose count saturates and weighs less on a longer page (BM25, with k1 = 1.2 and b = 0.75 over the
 * page's length in half-steps of a power of two, 600 words being the norm). The figures are that formula worked by hand.
 */
class PageTermsTest {
    /** Keys are the words folded ({@link FoldingAnalysis}), so each word is its own key here. */
    private static Map<String, Integer> weights(String title, PageText.Section... sections) {
        PageTerms terms = PageTerms.of(new PageText("uk", "/uk/p/", title, "2026-01-01", List.of(sections)),
                FoldingAnalysis.INSTANCE, new HashMap<>());
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            weights.put(terms.key(i), terms.weight(i));
        }
        return weights;
    }

    private static PageText.Section text(String text) {
        return new PageText.Section("", "", text);
    }

    @Test
    void theTitleWeighsMostThenHeadingsThenTheText() {
        Map<String, Integer> weights = weights("Faktura zaliczkowa",
                text("Faktura, faktura i umowa."),
                new PageText.Section("umowa", "Umowa", "Termin."),
                new PageText.Section("kara", "Kara", ""), new PageText.Section("kara-1", "Kara", ""),
                new PageText.Section("kara-2", "Kara", ""));

        // on a short page (under 32 words): once in the text 10 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 32 / 600)) = 16.3
        assertEquals(List.of("faktura", "kara", "termin", "umowa", "zaliczkowa"), List.copyOf(weights.keySet()), "keys in order");
        assertEquals(49, weights.get("faktura"), "twice in the text (18.7) and in the title (30)");
        assertEquals(30, weights.get("zaliczkowa"), "in the title only");
        assertEquals(28, weights.get("umowa"), "once in the text (16.3) and a heading (12)");
        assertEquals(16, weights.get("termin"), "once in the text");
        assertEquals(24, weights.get("kara"), "three headings count as two");
    }

    @Test
    void onALongPageAWordOnceInTheTextWeighsLessAndRepeatsSaturate() {
        Map<String, Integer> weights = weights("Zlecenie",
                new PageText.Section("z", "Zlecenie", "termin umowa umowa " + "kara ".repeat(5) + "tekst ".repeat(991)));

        // 1,001 words: the length norm is 2^10 / 600 = 1.71
        assertEquals(8, weights.get("termin"));
        assertEquals(11, weights.get("umowa"));
        assertEquals(16, weights.get("kara"));
        assertEquals(22, weights.get("tekst"), "991 times is barely more than five: the text's part tops out at 22");
        assertEquals(42, weights.get("zlecenie"), "title and one heading");
    }

    /** Every word counts in the page's length: the title's, the headings' and the text's. */
    @Test
    void theLengthCountsTheTitleTheHeadingsAndTheText() {
        String thirty = "tekst ".repeat(30);
        // 90 words (norm 2^6.5 / 600): 15.3; without the title's or the headings' 30 it would be 60 words (2^6): 15.8
        assertEquals(15, weights(thirty, new PageText.Section("a", thirty, "termin " + "tekst ".repeat(29))).get("termin"));
    }

    /** "e-mail" is the words "mail" and "e-mail" for search, but one word of the page's length. */
    @Test
    void aHyphenatedWordCountsOnceInThePagesLength() {
        // 41 words (2^5.5 / 600): 16.1; counted as 81 (2^6.5 / 600) it would be 15.3
        assertEquals(16, weights("Poczta", text("termin " + "e-mail ".repeat(40))).get("termin"));
    }

    @Test
    void aWordOnceInAVeryLongPageStillWeighsOne() {
        // 30,001 words: 10 * tf = 0.44, which rounds to 0; a page with the word is still found
        assertEquals(1, weights("Długi tekst", text("termin " + "tekst ".repeat(29_998))).get("termin"));
    }

    @Test
    void theWordsAsWrittenAreKeptOnceEachInOrderAndSharedBetweenPages() {
        Map<String, String> canonical = new HashMap<>();
        PageTerms first = PageTerms.of(new PageText("uk", "/uk/a/", "Faktura", "", List.of(text("faktura e-mail Faktura"))),
                FoldingAnalysis.INSTANCE, canonical);
        PageTerms second = PageTerms.of(new PageText("uk", "/uk/b/", "Umowa", "", List.of(text("faktura"))),
                FoldingAnalysis.INSTANCE, canonical);

        assertArrayEquals(new String[] {"Faktura", "faktura", "mail", "e-mail"}, first.words());
        assertArrayEquals(new String[] {"Umowa", "faktura"}, second.words());
        assertSame(first.words()[1], second.words()[1], "one instance of a word across the build's pages");
    }
}
