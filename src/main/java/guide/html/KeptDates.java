package guide.html;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A date in words stays on one line (the dates rule): a day number and a month name, in either order ("15 December",
 * "December 15"), and a month name and the year after it ("December 2026", "15 December 2026", "15 grudnia 2026").
 * On a 320 px phone the English 3-steps article drew "15 December" and "2 March 2026" on two lines each, and the Polish
 * 5-signs article "11 marca 2004" (the numbers rule keeps "11 marca" together, not the year). {@link KeptRuns} wraps such a date in
 * {@code <span class="whole-date">}, which the style sheet keeps on one line.
 * The month names are the language's own, from CLDR through ICU4J: the wide names in a date ("grudnia") and standing
 * alone ("grudzień"), as CLDR writes them or with a capital first letter (a sentence's start), so a third language gets
 * the rule by its settings alone. A day is one or two digits, a year four, none glued to a letter, digit or point.
 */
final class KeptDates {
    /** The class of the span that keeps a date whole; {@code site.css} gives it {@code white-space: nowrap}. */
    static final String WHOLE_DATE = "whole-date";
    private static final String SPACE = "[ \\t\\n\\u00A0]+";
    private static final String DAY = "\\p{Nd}{1,2}(?![\\p{N}\\p{L}]|[.,:]\\p{N})";
    private static final String YEAR = "\\p{Nd}{4}(?![\\p{N}\\p{L}]|[.,:]\\p{N})";
    private static final String NOT_AFTER = "(?<![\\p{L}\\p{M}\\p{N}_.,/:@\\-])";
    private final Pattern date;

    KeptDates(ULocale locale) {
        String month = "(?:" + monthNames(locale).stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{M}])";
        this.date = Pattern.compile(NOT_AFTER + "(?:" + DAY + SPACE + month + "(?:" + SPACE + YEAR + ")?"
                + "|" + month + SPACE + "(?:" + DAY + "(?:,?" + SPACE + YEAR + ")?|" + YEAR + "))");
    }

    /** The dates of the text, first to last. */
    List<KeptRuns.Run> in(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        return date.matcher(text).results().map(found -> new KeptRuns.Run(found.start(), found.end(), WHOLE_DATE)).toList();
    }

    /** The locale's wide month names, in a date and standing alone, each also with a capital letter; the longest first. */
    static List<String> monthNames(ULocale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        Set<String> names = new LinkedHashSet<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (String name : symbols.getMonths(context, DateFormatSymbols.WIDE)) {
                if (!name.isBlank()) {
                    names.add(name);
                    int first = Character.charCount(name.codePointAt(0));
                    names.add(name.substring(0, first).toUpperCase(locale.toLocale()) + name.substring(first));
                }
            }
        }
        // Longest first, so that the pattern tries a name before one that begins it ("maja" before "maj"): it matches the longer
        // at once, with no step back. What keeps a shorter name from matching the start of a longer word is not this order but
        // the look-ahead after the names in the pattern (no letter may follow), which makes the matcher step back to the longer.
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
