package guide.i18n;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a language starts grouping digits comes from CLDR's data, so a language the site adds is known without code. */
class DigitGroupingTest {
    private static DigitGrouping of(String tag) {
        return DigitGrouping.of(ULocale.forLanguageTag(tag));
    }

    @Test
    void englishGroupsFromFourDigitsPolishAndSpanishFromFive() {
        assertEquals(OptionalLong.of(1000), of("en").threshold());
        assertEquals(OptionalLong.of(10000), of("pl").threshold(), "CLDR's minimumGroupingDigits is 2 for Polish");
        assertEquals(OptionalLong.of(10000), of("es").threshold(), "and for Spanish, which no table here names");
        assertEquals(OptionalLong.of(1000), of("de").threshold());
    }

    @Test
    void numbersAreWrittenAsTheLanguageWritesThem() {
        assertEquals("1,000", of("en").written(1000));
        assertEquals("1000", of("pl").written(1000));
        assertEquals("12\u00a0345", of("pl").written(12345));
        assertEquals("Polish", of("pl").language());
    }
}
