package guide.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading time: words of the text a reader reads, at 200 a minute, at least one minute. */
class ReadingTimeTest {

    private static String words(int n) {
        return "słowo ".repeat(n);
    }

    @Test
    void wordsAreRunsOfLettersOrDigits() {
        assertEquals(3, ReadingTime.words("Ala ma kota."));
        assertEquals(4, ReadingTime.words("e-mail w 2026"));
        assertEquals(2, ReadingTime.words("  zażółć\n\ngęślą  "));
        assertEquals(0, ReadingTime.words("*** --- !!!"));
    }

    @Test
    void linkAddressesAndHeadingIdsAreNotRead() {
        assertEquals(2, ReadingTime.words("[trzy kroki](/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/)"));
        assertEquals(1, ReadingTime.words("## Kontakt {#contact-the-editors}"));
        assertEquals(3, ReadingTime.words("[ustawy (Dz.U.)](/pl/dz-u-2024-poz-1/)"), "a link text ending in a bracket");
        assertEquals(2, ReadingTime.words("## Tytuł {.wide}{#tytul-sekcji}"), "an id right after another attribute");
    }

    @Test
    void bracketsAtTheEndOfTheTextAreJustPunctuation() {
        assertEquals(2, ReadingTime.words("zobacz [przypis]"));
        assertEquals(1, ReadingTime.words("zbiór {"));
    }

    @Test
    void minutesAreRoundedAndAtLeastOne() {
        assertEquals(1, ReadingTime.minutes(""));
        assertEquals(1, ReadingTime.minutes(words(200)));
        assertEquals(1, ReadingTime.minutes(words(299)));
        assertEquals(2, ReadingTime.minutes(words(300)));
        assertEquals(2, ReadingTime.minutes(words(450)));
        assertEquals(3, ReadingTime.minutes(words(500)));
    }
}
