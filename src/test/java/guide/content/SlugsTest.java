package guide.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugsTest {

    @Test
    void transliteratesPolishLettersInsteadOfEncodingThem() {
        assertEquals("zazolc-gesla-jazn", Slugs.slugify("Zażółć gęślą jaźń"));
        assertEquals("lodz-i-slask", Slugs.slugify("ŁÓDŹ i Śląsk"));
    }

    @Test
    void joinsWordsWithSingleHyphensAndTrimsPunctuation() {
        assertEquals("5-oznak-ze-czas-rozstac-sie-z-klientem", Slugs.slugify("  5 oznak, że czas rozstać się z klientem!  "));
        assertEquals("how-to-end-it", Slugs.slugify("How to end it?"));
    }
}
