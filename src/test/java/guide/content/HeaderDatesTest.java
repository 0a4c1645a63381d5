package guide.content;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The dates editors write, and what is wrong with one that is not a date. */
class HeaderDatesTest {

    private static String problem(String value) {
        HeaderDates.Result result = HeaderDates.read(value);
        assertEquals(Optional.empty(), result.date(), value);
        return result.problem();
    }

    @Test
    void readsIsoDatesWithSpacesAround() {
        assertEquals(new HeaderDates.Result(Optional.of(LocalDate.of(2026, 11, 26)), null), HeaderDates.read("2026-11-26"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), HeaderDates.read(" 2026-01-01 ").date());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), HeaderDates.read("2026-12-31").date());
        assertNull(HeaderDates.read("2026-12-31").problem());
    }

    @Test
    void anotherFormatIsNamedWithTheOneToUse() {
        assertEquals("'26.11.2026' is not a date in the form yyyy-MM-dd, e.g. 2026-11-26", problem("26.11.2026"));
        assertEquals("'2026-1-5' is not a date in the form yyyy-MM-dd, e.g. 2026-11-26", problem("2026-1-5"));
    }

    @Test
    void aMonthThatDoesNotExistIsNamed() {
        assertEquals("'2026-13-01' is not a real date: there is no month 13 (write yyyy-MM-dd)", problem("2026-13-01"));
        assertEquals("'2026-00-10' is not a real date: there is no month 0 (write yyyy-MM-dd)", problem("2026-00-10"));
    }

    @Test
    void aDayTheMonthDoesNotHaveSaysHowManyItHas() {
        assertEquals("'2026-11-31' is not a real date: November 2026 has 30 days", problem("2026-11-31"));
        assertEquals("'2026-02-29' is not a real date: February 2026 has 28 days", problem("2026-02-29"));
        assertEquals("'2026-12-00' is not a real date: December 2026 has 31 days", problem("2026-12-00"));
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), HeaderDates.read("2028-02-29").date(), "2028 is a leap year");
    }
}
