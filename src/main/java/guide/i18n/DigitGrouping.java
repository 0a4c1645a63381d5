package guide.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.util.ULocale;

import java.util.OptionalLong;

/**
 * Where a language starts grouping a whole number's digits, by CLDR's data for its locale (ICU4J's
 * {@link NumberFormatter}, which the build writes numbers with, as the browser's {@code Intl.NumberFormat} does): English
 * writes "1,000" but "999", Polish "10 000" but "1000" (CLDR's {@code minimumGroupingDigits} is 2 there). Read from the
 * format itself, not from a table, so that a language added to the site is known from its data. Not from the older
 * {@code com.ibm.icu.text.NumberFormat}: for compatibility it leaves {@code minimumGroupingDigits} out and writes Polish
 * "1 000". For what shows a number without grouping where the scripts group it, such as the quiz's
 * total for readers without JavaScript, a CSS counter.
 */
public final class DigitGrouping {
    /** The most digits a {@code long} power of ten has. */
    private static final int MAX_EXPONENT = 18;

    private final ULocale locale;
    private final LocalizedNumberFormatter grouped;
    private final LocalizedNumberFormatter plain;

    private DigitGrouping(ULocale locale) {
        this.locale = locale;
        this.grouped = NumberFormatter.withLocale(locale);
        this.plain = grouped.grouping(NumberFormatter.GroupingStrategy.OFF);
    }

    /** The grouping of {@code locale}'s numbers. */
    public static DigitGrouping of(ULocale locale) {
        return new DigitGrouping(locale);
    }

    /**
     * The smallest whole number the language writes with its digits grouped, or none up to 10<sup>18</sup>. Grouping
     * depends on how many digits a number has, so it is the first power of ten whose text differs from the same format's
     * without grouping.
     */
    public OptionalLong threshold() {
        long n = 1;
        for (int exponent = 1; exponent <= MAX_EXPONENT; exponent++) {
            n *= 10;
            if (!written(n).equals(plain.format(n).toString())) {
                return OptionalLong.of(n);
            }
        }
        return OptionalLong.empty();
    }

    /** {@code n} as the language writes it, its digits grouped from {@link #threshold()} up: "1,000", "10 000" (a no-break space). */
    public String written(long n) {
        return grouped.format(n).toString();
    }

    /** The language's name in English, for messages: "Polish". */
    public String language() {
        return locale.getDisplayLanguage(ULocale.ENGLISH);
    }
}
