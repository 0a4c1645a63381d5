package guide.content;

import org.junit.jupiter.api.Test;

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
    }

    @Test
    void textWithoutLettersOrDigitsGivesAnEmptySlug() {
        assertEquals("", Slugs.DEFAULT.slugify("!!! ?"));
        assertEquals("", Slugs.DEFAULT.slugify(""));
    }
}
