package guide.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * How one language counts, by CLDR's data for its locale (ICU4J): which plural form a number takes ("5 minut" but
 * "2 minuty"), how the number is written ("1,240" in English, "1240" and "12 240" in Polish), and which forms a counted
 * string must have.
 */
final class Counting {
    private final PluralRules rules;
    private final LocalizedNumberFormatter numbers;

    Counting(ULocale locale) {
        this.rules = PluralRules.forLocale(locale);
        this.numbers = NumberFormatter.withLocale(locale);
    }

    /** The text of {@code forms} for {@code n}, with the number written in: its plural form, or {@code other}. */
    String text(Map<String, String> forms, long n) {
        return forms.getOrDefault(rules.select(n), forms.get("other")).replace("{0}", number(n));
    }

    /** {@code n} as the language writes it: "1,240" in English, "1240" and "12 240" (a no-break space) in Polish. */
    String number(long n) {
        return numbers.format(n).toString();
    }

    /**
     * The forms a whole number can take in the language, and {@code other} as the fallback, that {@code forms} lacks, in
     * alphabetical order, each with up to three numbers that take it: {@code few} to " (e.g. 2, 3, 4)".
     */
    Map<String, String> missing(Map<String, String> forms) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (String keyword : new TreeSet<>(rules.getKeywords())) {
            var samples = rules.getSamples(keyword); // whole numbers only: the SampleType.INTEGER samples, by ICU's stable API
            boolean needed = keyword.equals("other") || (samples != null && !samples.isEmpty());
            if (needed && !forms.containsKey(keyword)) {
                missing.put(keyword, samples == null || samples.isEmpty() ? "" : " (e.g. " + String.join(", ",
                        samples.stream().limit(3).map(d -> Long.toString(d.longValue())).toList()) + ")");
            }
        }
        return missing;
    }
}
