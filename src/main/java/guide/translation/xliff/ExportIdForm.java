package guide.translation.xliff;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an export id is written, {@code 20261206T214012Z-5f3a9c}: a moment to the second (UTC, and one the calendar has) and
 * six hex digits; and how much of it may be left to still name its export, the moment and four of the digits. The one place
 * that knows the form, for {@link ExportId} (the whole id) and {@link ExportMark} (the id, or what an edit left of it), so the
 * two cannot come to disagree about what an id is.
 */
final class ExportIdForm {
    /** A whole id, as an export writes it. */
    static final ExportIdForm WHOLE = new ExportIdForm(6);
    /** What still names an export: the moment and at least four of the six digits. */
    static final ExportIdForm MARK = new ExportIdForm(4);

    private static final int DIGITS = 6;
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Pattern pattern;

    private ExportIdForm(int fewestDigits) {
        pattern = Pattern.compile("(\\d{8}T\\d{6}Z)-[0-9a-f]{" + fewestDigits + "," + DIGITS + "}");
    }

    /** True when {@code text} is, whole, of this form. */
    boolean matches(String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() && isMoment(m.group(1));
    }

    /** Refuses {@code text} unless it is of this form ({@code what} names it in the error). */
    void require(String text, String what) {
        if (!matches(text)) {
            throw new IllegalArgumentException("not " + what + ": " + text);
        }
    }

    /** The first run of {@code text} of this form, or empty when it holds none. */
    Optional<String> firstIn(String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (isMoment(m.group(1))) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** A moment as an id writes it: {@code 20261206T214012Z}. */
    static String written(LocalDateTime moment) {
        return WRITTEN.format(moment);
    }

    /** When the export of {@code id} (of either form) was made, as messages say it: {@code 2026-12-06 21:40 UTC}. */
    static String when(String id) {
        return SHOWN.format(LocalDateTime.parse(id.substring(0, id.indexOf('-')), WRITTEN));
    }

    private static boolean isMoment(String written) {
        try {
            LocalDateTime.parse(written, WRITTEN);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
