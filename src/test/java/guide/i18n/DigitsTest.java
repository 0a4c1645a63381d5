package guide.i18n;

import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A language's digits from its locale's CLDR data, and the CSS counter style that writes them. */
class DigitsTest {
    @Test
    void eachLocaleWritesTheDigitsCldrGivesIt() {
        assertAll(() -> assertEquals(new Digits("deva", "०१२३४५६७८९"), Digits.of(ULocale.forLanguageTag("mr-IN"))),
                () -> assertEquals(new Digits("arabext", "۰۱۲۳۴۵۶۷۸۹"), Digits.of(ULocale.forLanguageTag("fa"))),
                () -> assertEquals(new Digits("latn", "0123456789"), Digits.of(ULocale.forLanguageTag("pl-PL"))),
                () -> assertEquals("latn", Digits.of(ULocale.forLanguageTag("mr-IN-u-nu-latn")).system(), "a locale's own -u-nu- keyword"),
                () -> assertEquals(new Digits("latn", "0123456789"), Digits.of(ULocale.forLanguageTag("he-IL-u-nu-hebr")),
                        "letters, not digits, which ICU4J's NumberFormatter and Intl write in Latin digits"));
    }

    @Test
    void aNumberIsWrittenInTheLanguagesDigits() {
        assertAll(() -> assertEquals("१७", Digits.of(ULocale.forLanguageTag("mr-IN")).write(17)),
                () -> assertEquals("۰۹", Digits.of(ULocale.forLanguageTag("fa")).write("09"), "zero and nine, the ends of the ten"),
                () -> assertEquals("𑥑𑥒", Digits.named("diak").orElseThrow().write(12), "digits beyond two bytes (Dives Akuru)"),
                () -> assertEquals("↩१, x/:", Digits.of(ULocale.forLanguageTag("mr-IN")).write("↩1, x/:"), "only digits change: not / and :, the characters either side of them"),
                () -> assertEquals("17", Digits.of(ULocale.forLanguageTag("pl-PL")).write(17)),
                () -> assertTrue(Digits.of(ULocale.forLanguageTag("pl-PL")).latin(), "Latin digits, which a page names nowhere"),
                () -> assertFalse(Digits.of(ULocale.forLanguageTag("mr-IN")).latin()));
    }

    @Test
    void theCounterStyleIsTheOneCssPredefinesForTheSameDigits() {
        assertAll(() -> assertEquals(Optional.of("devanagari"), Digits.of(ULocale.forLanguageTag("mr-IN")).counterStyle()),
                () -> assertEquals(Optional.of("persian"), Digits.of(ULocale.forLanguageTag("fa")).counterStyle()),
                () -> assertEquals(Optional.of("arabic-indic"), Digits.of(ULocale.forLanguageTag("ar-EG")).counterStyle()),
                () -> assertEquals(Optional.of("bengali"), Digits.of(ULocale.forLanguageTag("bn")).counterStyle()),
                () -> assertEquals(Optional.of("decimal"), Digits.of(ULocale.forLanguageTag("en-GB")).counterStyle()),
                () -> assertEquals(Optional.empty(), Digits.of(ULocale.forLanguageTag("sat")).counterStyle(), "Ol Chiki: none in CSS"),
                () -> assertEquals(Optional.empty(), Digits.named("hebr"), "not ten digits"));
    }

    /** Each predefined style's ten symbols are one of CLDR's numbering systems, so a typo in a code point would show here. */
    @Test
    void everyPredefinedStyleWritesTheDigitsOfACldrNumberingSystem() {
        List<String> cldr = java.util.Arrays.stream(NumberingSystem.getAvailableNames()).map(Digits::named).flatMap(Optional::stream)
                .map(Digits::symbols).toList();
        for (String style : List.of("decimal", "arabic-indic", "bengali", "khmer", "cambodian", "cjk-decimal", "devanagari", "gujarati",
                "gurmukhi", "kannada", "lao", "malayalam", "mongolian", "myanmar", "oriya", "persian", "tamil", "telugu", "thai", "tibetan")) {
            assertTrue(cldr.contains(CounterStyles.digitsOf(style).orElseThrow()), style);
        }
        assertEquals(Optional.empty(), CounterStyles.digitsOf("hebrew"), "additive, not numeric");
    }
}
