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

    @Test
    void aSentenceAddedAtTheStartLeavesTheSpaceAfterItUnmarked() {
        assertEquals("{+Nowe zdanie.+} Tak.", WordDiff.excerpt("Tak.", "Nowe zdanie. Tak."));
        assertEquals("[-Stare zdanie.-] Tak.", WordDiff.excerpt("Stare zdanie. Tak.", "Tak."));
    }

    @Test
    void aWordRemovedAtTheEndIsMarked() {
        assertEquals("Jak wycenić pracę [-zdalną-]", WordDiff.excerpt("Jak wycenić pracę zdalną", "Jak wycenić pracę"));
    }

    @Test
    void twoWordsReplacedAtTheStartAreOneChange() {
        assertEquals("[-Dobry klient-]{+Zły kontrahent+} płaci.", WordDiff.excerpt("Dobry klient płaci.", "Zły kontrahent płaci."));
    }

    /** The old text read from the marks and the unchanged text must be the old text: "Cena:100 zł", not "Cena: 100 zł". */
    @Test
    void spacesThatCameWithAReplacementStayInItsMark() {
        assertEquals("Cena[-:-]{+ to +}100 zł", WordDiff.excerpt("Cena:100 zł", "Cena to 100 zł"));
    }

    @Test
    void anAddedPhraseIsOneMarkWithItsComma() {
        assertEquals("licencje{+, szkolenia+} i mnóstwo pracy", WordDiff.excerpt("licencje i mnóstwo pracy", "licencje, szkolenia i mnóstwo pracy"));
    }

    /** A space between two additions that cannot move to either side stays unmarked between two marks. */
    @Test
    void additionsOnBothSidesOfASpaceStayApart() {
        assertEquals("Napisz{+:+} {+„+}dziękuję{+”+} klientowi.", WordDiff.excerpt("Napisz dziękuję klientowi.", "Napisz: „dziękuję” klientowi."));
    }

    /** Words replaced, then more removed after a space: one change, not a replacement and a removal beside it. */
    @Test
    void wordsRemovedRightAfterAReplacementJoinIt() {
        String old = "po co najmniej dwóch przypomnieniach";
        String now = "po trzech przypomnieniach";
        assertEquals("po [-co najmniej dwóch-]{+trzech+} przypomnieniach", WordDiff.excerpt(old, now));
        List<Segment> runs = WordDiff.of(old, now);
        assertEquals(old, text(runs, Kind.REMOVED), "the unchanged and removed runs are the old text");
        assertEquals(now, text(runs, Kind.ADDED), "the unchanged and added runs are the new text");
    }

    /** Text as a file's line may have it, white space at its ends, is compared as it is. */
    @Test
    void whiteSpaceAtTheEndsOfTheTextStaysUnchangedText() {
        assertEquals(List.of(new Segment(Kind.SAME, "Uwaga"), new Segment(Kind.ADDED, "!"), new Segment(Kind.SAME, " ")),
                WordDiff.shown("Uwaga ", "Uwaga! "));
        assertEquals(List.of(new Segment(Kind.SAME, " "), new Segment(Kind.ADDED, "Nowe zdanie."), new Segment(Kind.SAME, " Tak. ")),
                WordDiff.shown(" Tak. ", " Nowe zdanie. Tak. "));
    }

    /** A double space before an added sentence: the addition's mark starts at its first word, one space before it. */
    @Test
    void anAdditionAfterADoubleSpaceStartsAtItsFirstWord() {
        assertEquals("Tak. {+Może „+}Nie{+”+}.", WordDiff.excerpt("Tak. Nie.", "Tak.  Może „Nie”."));
        List<Segment> runs = WordDiff.of("Tak. Nie.", "Tak.  Może „Nie”.");
        assertEquals("Tak. Nie.", text(runs, Kind.REMOVED), "the unchanged and removed runs are the old text");
        assertEquals("Tak.  Może „Nie”.", text(runs, Kind.ADDED), "the unchanged and added runs are the new text");
    }

    private static String text(List<Segment> runs, Kind changed) {
        StringBuilder text = new StringBuilder();
        runs.stream().filter(s -> s.kind() == Kind.SAME || s.kind() == changed).forEach(s -> text.append(s.text()));
        return text.toString();
    }

    @Test
    void thirtyCharactersBeforeTheFirstChangeAreShownWhole() {
        String before = "Klient płaci zawsze po czasie ";
        assertEquals(WordDiff.CONTEXT, before.length());
        assertEquals("Klient płaci zawsze po czasie {+i+} bez słowa.", WordDiff.excerpt(before + "bez słowa.", before + "i bez słowa."));
    }

    @Test
    void longerTextBeforeTheFirstChangeStartsAtAWordWithinThirtyCharacters() {
        // the 30th character from the change is the space before "płaci"
        assertEquals("… płaci zawsze po czasie, więc [-odejdź-]{+zostań+}.",
                WordDiff.excerpt("Klient, który płaci zawsze po czasie, więc odejdź.", "Klient, który płaci zawsze po czasie, więc zostań."));
    }

    @Test
    void anAddressBeforeTheFirstChangeIsCutAtThirtyCharactersWhenNoSpaceStartsAWordThere() {
        String before = "Wzór umowy: https://example.com/wzory/umowa-o-dzielo ";
        assertEquals("… mple.com/wzory/umowa-o-dzielo [-stary-]{+nowy+} wzór.", WordDiff.excerpt(before + "stary wzór.", before + "nowy wzór."));
    }

    @Test
    void thirtyCharactersAfterTheLastChangeAreShownWhole() {
        String after = " zwleka i nie mówi nam, czemu.";
        assertEquals(WordDiff.CONTEXT, after.length());
        assertEquals("Klient {+zawsze+} zwleka i nie mówi nam, czemu.", WordDiff.excerpt("Klient" + after, "Klient zawsze" + after));
    }

    @Test
    void anAddressAfterTheLastChangeIsCutAtThirtyCharactersWhenNoSpaceEndsAWordThere() {
        String address = " https://example.com/wzory/umowa-o-dzielo.";
        assertEquals("Pobierz wzór {+umowy+} https://example.com/wzory/umo …",
                WordDiff.excerpt("Pobierz wzór" + address, "Pobierz wzór umowy" + address));
    }

    @Test
    void unchangedTextOfSixtyThreeCharactersBetweenTwoChangesIsShownWhole() {
        String between = " dni, a nigdy w ciągu tygodnia, jak stoi w umowie, którą ma ze ";
        assertEquals(2 * WordDiff.CONTEXT + 3, between.length());
        assertEquals("Płaci po [-30-]{+60+}" + between + "[-mną-]{+spółką+}.",
                WordDiff.excerpt("Płaci po 30" + between + "mną.", "Płaci po 60" + between + "spółką."));
    }

    private static final String SENTENCE_OF_160 = "Ustal z klientem na piśmie, kiedy płaci, ile i za co, a w umowie zapisz odsetki za zwłokę"
            + " oraz to, że pracę przekażesz dopiero po zapłacie pełnej kwoty faktury.";

    @Test
    void anAdditionOf160CharactersIsShownWhole() {
        assertEquals(WordDiff.LONGEST_CHANGE, SENTENCE_OF_160.length());
        assertEquals("Tak. {+" + SENTENCE_OF_160 + "+}", WordDiff.excerpt("Tak.", "Tak. " + SENTENCE_OF_160));
    }

    @Test
    void aLongerAdditionIsShownByItsFirstAndLastEightyCharacters() {
        String added = SENTENCE_OF_160 + " Bez tego będziesz się upominać o każdą fakturę osobno.";
        assertEquals("Tak. {+Ustal z klientem na piśmie, kiedy płaci, ile i za co, a w umowie zapisz odsetki … cie pełnej kwoty faktury."
                + " Bez tego będziesz się upominać o każdą fakturę osobno.+}", WordDiff.excerpt("Tak.", "Tak. " + added));
    }
}
