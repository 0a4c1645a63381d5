package guide.content;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The build's warning for a published page dated after the day of the build, at the date's line. */
class FutureDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static List<String> warnings(ContentDocument... documents) {
        return FutureDates.of(List.of(documents), TODAY).stream().map(Problem::toString).toList();
    }

    @Test
    void aPublishedPageDatedAfterTodayIsIncludedWithAWarningAtItsDateLine() {
        assertEquals(List.of("content/pl/jutro.md:2: warning: date=2026-12-04 is after today (2026-12-03): this build includes the page now,"
                        + " showing a date that has not come yet; to hold it back, set status=draft and publish it on that day"),
                warnings(TestDocument.article("pl", "dzis").date("2026-12-03").build(), TestDocument.article("pl", "jutro").date("2026-12-04").build()));
    }

    @Test
    void anUpdateAfterTodayIsWarnedAboutAtItsLine() {
        assertEquals(List.of("content/en/later.md:8: warning: updated=2027-01-10 is after today (2026-12-03): readers see an update that has not"
                        + " happened yet; write the day the page changed (today or earlier)"),
                warnings(TestDocument.article("en", "later").header("updated", "2027-01-10").build(),
                        TestDocument.article("en", "today").header("updated", "2026-12-03").build()));
    }

    @Test
    void aPageDatedAfterTodayIsWarnedAboutOnceForItsDate() {
        assertEquals(List.of("content/pl/both.md:2: warning: date=2027-02-01 is after today (2026-12-03): this build includes the page now,"
                        + " showing a date that has not come yet; to hold it back, set status=draft and publish it on that day"),
                warnings(TestDocument.article("pl", "both").date("2027-02-01").header("updated", "2027-02-02").build()));
    }

    @Test
    void draftsAreNotPublishedSoTheirDatesAreTheirOwnBusiness() {
        assertEquals(List.of(), warnings(TestDocument.article("pl", "plan").date("2027-05-01").draft().build(),
                TestDocument.article("pl", "plan-2").date("2026-05-01").header("updated", "2027-05-01").draft().build()));
    }
}
