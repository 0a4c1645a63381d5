package guide.content;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates editors write ({@code 2026-11-26}) and says exactly what is wrong with one that is
 * not a date: the format, a month that does not exist, or a day the month does not have.
 */
public final class HeaderDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private HeaderDates() {
    }

    /** The date, or why it is not one ("2026-11-31: November 2026 has 30 days"). */
    public static Result read(String value) {
        Matcher m = ISO.matcher(value.strip());
        if (!m.matches()) {
            return new Result(Optional.empty(), "'" + value + "' is not a date in the form yyyy-MM-dd, e.g. 2026-11-26");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return new Result(Optional.empty(), "'" + value + "' is not a real date: there is no month " + month + " (write yyyy-MM-dd)");
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > length) {
            String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return new Result(Optional.empty(), "'" + value + "' is not a real date: " + name + " " + year + " has " + length + " days");
        }
        return new Result(Optional.of(LocalDate.of(year, month, day)), null);
    }

    /** A date, or the reason there is none. */
    public record Result(Optional<LocalDate> date, String problem) {
    }
}
