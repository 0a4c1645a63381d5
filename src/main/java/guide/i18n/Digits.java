package guide.i18n;

import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;

import java.io.Serializable;
import java.util.Optional;

/**
 * The digits a language writes numbers with: its locale's numbering system in CLDR (ICU4J's {@link NumberingSystem}),
 * which the build's numbers follow and the browser's {@code Intl.NumberFormat} does for the same locale. Marathi
 * ({@code mr-IN}) writes 17 as "१७" ({@code deva}), Persian as "۱۷" ({@code arabext}), Polish and English with Latin
 * digits ({@code latn}); a locale may name another with its {@code -u-nu-} keyword ({@code mr-IN-u-nu-latn}). A system
 * that writes numbers otherwise than digit by digit ({@code -u-nu-hebr}, Hebrew letters) counts as Latin: ICU4J's
 * {@code NumberFormatter} and {@code Intl} both write Latin digits for it. What writes numbers without either, a CSS
 * counter, must be told which digits ({@link #counterStyle()}).
 *
 * @param system  CLDR's name for the numbering system: {@code latn}, {@code deva}
 * @param symbols its ten digits, zero to nine
 */
public record Digits(String system, String symbols) implements Serializable {
    private static final Digits LATIN = new Digits("latn", "0123456789");

    /** The digits {@code locale} writes numbers with. */
    public static Digits of(ULocale locale) {
        return of(NumberingSystem.getInstance(locale)).orElse(LATIN);
    }

    /** The digits of the numbering system CLDR names {@code system} ({@code deva}), if it is one of ten digits. */
    public static Optional<Digits> named(String system) {
        return Optional.ofNullable(NumberingSystem.getInstanceByName(system)).flatMap(Digits::of);
    }

    private static Optional<Digits> of(NumberingSystem system) {
        return system.isAlgorithmic() ? Optional.empty() : Optional.of(new Digits(system.getName(), system.getDescription()));
    }

    /** Whether these are the digits 0 to 9, which a CSS counter writes by default. */
    public boolean latin() {
        return system.equals(LATIN.system);
    }

    /**
     * {@code number} in these digits, without grouping: 17 as "१७" in Devanagari, as it is in Latin digits. For what a
     * formatter does not write, a footnote's number that flexmark wrote as "17".
     */
    public String write(int number) {
        return write(Integer.toString(number));
    }

    /** {@code text} with each Latin digit 0 to 9 written in these digits instead, the rest as it is. */
    public String write(String text) {
        if (latin()) {
            return text;
        }
        int[] digits = symbols.codePoints().toArray();
        StringBuilder written = new StringBuilder(text.length());
        text.codePoints().forEach(c -> written.appendCodePoint(c >= '0' && c <= '9' ? digits[c - '0'] : c));
        return written.toString();
    }

    /** The counter style CSS predefines for these digits ({@code devanagari}), if it has one ({@link CounterStyles}). */
    public Optional<String> counterStyle() {
        return CounterStyles.writing(symbols);
    }
}
