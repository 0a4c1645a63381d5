package guide.translation;

import guide.translation.WordDiff.Kind;
import guide.translation.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What changed inside an edited block, as a translator reads it: the changed words with a little context. */
class WordDiffTest {
    private static final String LONG = "Za twoją stawką stoją lata nauki, doświadczenie, sprzęt, licencje na oprogramowanie, szkolenia i mnóstwo"
            + " pracy, której klient nie widzi. Często to po prostu brak wiedzy.";

    @Test
    void aSentenceAddedAtTheEndOfALongParagraphIsWhatShows() {
        assertEquals("… to po prostu brak wiedzy. {+Nowe zdanie.+}", WordDiff.excerpt(LONG, LONG + " Nowe zdanie."));
    }

    @Test
    void aReplacedWordIsShownRemovedThenAdded() {
        assertEquals("Klient płaci [-zawsze-]{+zwykle+} po terminie.",
                WordDiff.excerpt("Klient płaci zawsze po terminie.", "Klient płaci zwykle po terminie."));
    }

    @Test
    void aRemovedPhraseIsOneMarkWithItsComma() {
        assertEquals("… licencje na oprogramowanie[-, szkolenia-] i mnóstwo pracy, której …",
                WordDiff.excerpt(LONG, LONG.replace(", szkolenia", "")));
    }

    @Test
    void neighbouringReplacedWordsAreOneChange() {
        assertEquals("Płać [-w ciągu tygodnia-]{+do końca miesiąca+}.",
                WordDiff.excerpt("Płać w ciągu tygodnia.", "Płać do końca miesiąca."));
    }

    @Test
    void longUnchangedTextBetweenChangesIsShortenedToItsEnds() {
        String now = LONG.replace("lata nauki", "lata praktyki").replace("brak wiedzy", "brak doświadczenia");
        assertEquals("Za twoją stawką stoją lata [-nauki-]{+praktyki+}, doświadczenie, sprzęt, … Często to po prostu brak"
                + " [-wiedzy-]{+doświadczenia+}.", WordDiff.excerpt(LONG, now));
    }

    @Test
    void afterThreeChangesTheOthersAreCounted() {
        assertEquals("[-a-]{+A+} b [-c-]{+C+} d [-e-]{+E+} f (and 2 more changes)",
                WordDiff.excerpt("a b c d e f g h i", "A b C d E f G h I"));
    }

    @Test
    void theSegmentsKeepTheSpaceOutsideAnAdditionAndJoinAReplacementOfTwoWords() {
        assertEquals(List.of(new Segment(Kind.SAME, "Tak. "), new Segment(Kind.ADDED, "Nowe zdanie.")), WordDiff.shown("Tak.", "Tak. Nowe zdanie."));
        assertEquals(List.of(new Segment(Kind.SAME, "Płać "), new Segment(Kind.REMOVED, "w ciągu tygodnia"),
                new Segment(Kind.ADDED, "do końca miesiąca"), new Segment(Kind.SAME, ".")), WordDiff.shown("Płać w ciągu tygodnia.", "Płać do końca miesiąca."));
    }
}
