package guide.content;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugsTest {

    @Test
    void transliteratesPolishLettersInsteadOfEncodingThem() {
        assertEquals("zazolc-gesla-jazn", Slugs.DEFAULT.slugify("Zażółć gęślą jaźń"));
        assertEquals("lodz-i-slask", Slugs.DEFAULT.slugify("ŁÓDŹ i Śląsk"));
    }

    @Test
    void joinsWordsWithSingleHyphensAndTrimsPunctuation() {
        assertEquals("5-oznak-ze-czas-rozstac-sie-z-klientem", Slugs.DEFAULT.slugify("  5 oznak, że czas rozstać się z klientem!  "));
        assertEquals("how-to-end-it", Slugs.DEFAULT.slugify("How to end it?"));
    }

    @Test
    void cyrillicBecomesReadableLatinWithTheLanguagesTransform() {
        assertEquals("5-oznak-shcho-chas-zvilnyty-kliyenta", Slugs.of("Ukrainian-Latin/BGN").slugify("5 ознак, що час звільнити клієнта"));
    }

    @Test
    void otherLettersLoseOnlyTheirMarks() {
        assertEquals("strasse-aero-dukat", Slugs.DEFAULT.slugify("Straße Ærø Đukat"));
    }
    @Test
    void apostrophesInsideWordsJoinTheWord() {
        assertEquals("dont-stop", Slugs.DEFAULT.slugify("Don't stop"));
        assertEquals("dont-stop", Slugs.DEFAULT.slugify("Don\u2019t stop"));
        assertEquals("rock-n-roll", Slugs.DEFAULT.slugify("rock 'n' roll"));
        assertEquals("the-clients", Slugs.DEFAULT.slugify("The clients'"), "a plural's apostrophe at the end joins nothing");
    }

    @Test
    void anApostropheAtEitherEndIsDroppedLikePunctuation() {
        assertEquals("tis-the-season", Slugs.DEFAULT.slugify("'Tis the season"));
        assertEquals("our-clients", Slugs.DEFAULT.slugify("Our clients'"));
    }

    @Test
    void everyDigitIsKept() {
        assertEquals("10-bledow-z-2019-roku", Slugs.DEFAULT.slugify("10 błędów z 2019 roku"));
    }

    /** A heading of Polish letters only, not one ASCII letter among them (no space, no digit), still loses only their marks. */
    @Test
    void aHeadingWithoutOneAsciiCharacterIsTransliteratedToo() {
        assertEquals("zolc", Slugs.DEFAULT.slugify("Żółć"));
    }

    /** Guillemets, usual in Ukrainian, are Latin-1 characters: a language with its own transform drops them too. */
    @Test
    void latinPunctuationInAHeadingOfAnotherScriptIsDropped() {
        assertEquals("kliyent-zavzhdy-pravyy", Slugs.of("Ukrainian-Latin/BGN").slugify("«Клієнт завжди правий»"));
    }

    /** A text pasted from a file read in the wrong code page holds C1 control characters (U+0096 was an en dash): they separate words. */
    @Test
    void aControlCharacterSeparatesWords() {
        assertEquals("klient-zaplaci", Slugs.DEFAULT.slugify("Klient\u0096zapłaci"));
    }

    @Test
    void textWithoutLettersOrDigitsGivesAnEmptySlug() {
        assertEquals("", Slugs.DEFAULT.slugify("!!! ?"));
        assertEquals("", Slugs.DEFAULT.slugify(""));
    }

    @Test
    void latinLettersLookedUpOneByOneGiveWhatIcuGivesForTheWholeHeading() {
        // Every letter of Latin-1 Supplement and Latin Extended-A, before a lower-case and an upper-case
        // letter of each kind, a digit, a space, an apostrophe and a dash: ICU's rules for these letters
        // look at the next letter's case at most, which the slug loses.
        List<String> differ = new ArrayList<>();
        String next = "aZłŁéÉßſ1 '-";
        for (char c = '\u00A0'; c <= '\u017F'; c++) {
            for (char d : next.toCharArray()) {
                String heading = "Ab" + c + d + "z";
                if (!Slugs.DEFAULT.slugify(heading).equals(Slugs.DEFAULT.slugifyWithIcu(heading))) {
                    differ.add(heading + " gives " + Slugs.DEFAULT.slugify(heading) + ", ICU " + Slugs.DEFAULT.slugifyWithIcu(heading));
                }
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void aLetterOutsideTheTableGoesThroughIcu() {
        assertEquals("ae-sigma-e", Slugs.DEFAULT.slugify("Ǽ sigma e\u0301"));
        assertEquals("ae-sigma-e", Slugs.DEFAULT.slugifyWithIcu("Ǽ sigma e\u0301"));
    }
}
