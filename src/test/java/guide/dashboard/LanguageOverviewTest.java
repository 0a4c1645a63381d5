package guide.dashboard;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The per cent the overview shows beside a language's progress bar: the nearest whole per cent, but 100 % only once every
 * translation is done and 0 % only while none is.
 */
class LanguageOverviewTest {

    @Test
    void theEndsAreKeptForNoneAndAllDone() {
        assertEquals(100, percent(0, 0, 0), "nothing to translate");
        assertEquals(0, percent(0, 300, 0));
        assertEquals(1, percent(1, 299, 0), "1 of 300 done is not 0 %");
        assertEquals(99, percent(299, 1, 0), "299 of 300 done is not 100 %");
        assertEquals(100, percent(300, 0, 0));
    }

    @Test
    void betweenThemThePerCentIsRoundedToTheNearest() {
        assertEquals(50, percent(1, 1, 0), "1 of 2");
        assertEquals(67, percent(2, 1, 0), "2 of 3");
        assertEquals(13, percent(1, 7, 0), "1 of 8 is 12.5 %, half up");
        assertEquals(63, percent(5, 3, 0), "5 of 8 is 62.5 %, half up");
    }

    @Test
    void aCurrentPageMarkedNotFullyTranslatedIsNotDone() {
        assertEquals(50, percent(1, 0, 1), "2 current, 1 of them marked");
    }

    /** A language with {@code done} current translations, {@code missing} missing and {@code marked} current but marked. */
    private static int percent(int done, int missing, int marked) {
        Map<DashboardState, Integer> counts = Map.of(DashboardState.CURRENT, done + marked, DashboardState.MISSING, missing);
        return new LanguageOverview("en", "English", 1, counts, done).percentDone();
    }
}
