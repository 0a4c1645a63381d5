package guide.quiz;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example range a band message gives comes from the quiz: the band's own when it runs forward, else the gap between its
 * neighbours (from 0 for the first band, to the total for the last), else the whole range; a range of one point counts.
 */
class BandExamplesTest {
    private static final Path FILE = Path.of("content/pl/test.md");
    /** keep 0-9 (line 20), fix without a range (line 24), exit 15-30 (line 28): the total is 30. */
    private static final List<ResultBand> BANDS = List.of(new ResultBand("keep", "Keep", 0, 9, "", 20),
            new ResultBand("fix", "Fix", 0, -1, "", 24), new ResultBand("exit", "Exit", 15, 30, "", 28));

    private static String example(List<ResultBand> bands, int line, int total) {
        List<Problem> problems = new ArrayList<>(List.of(new Problem(FILE, 1, "other"), new Problem(FILE, line, "use {#x " + BandExamples.RANGE + "}")));
        BandExamples.fill(problems, 1, bands, total);
        assertEquals("other", problems.get(0).message(), "problems before 'from' are left as they are");
        return problems.get(1).message();
    }

    @Test
    void aBandThatRunsForwardGivesItsOwnRange() {
        assertEquals("use {#x points=0-9}", example(BANDS, 20, 30));
        assertEquals("use {#x points=15-30}", example(BANDS, 28, 30));
        assertEquals("use {#x points=7-7}", example(List.of(new ResultBand("one", "One", 7, 7, "", 5)), 5, 7), "one point is a range");
    }

    @Test
    void aBandWithoutOneGetsTheGapBetweenItsNeighbours() {
        assertEquals("use {#x points=10-14}", example(BANDS, 24, 30));
        assertEquals("use {#x points=10-14}", example(BANDS, 23, 30), "a line above a band: the band below it");
        List<ResultBand> onePointApart = List.of(new ResultBand("keep", "Keep", 0, 9, "", 20), new ResultBand("fix", "Fix", 0, -1, "", 24),
                new ResultBand("exit", "Exit", 11, 30, "", 28));
        assertEquals("use {#x points=10-10}", example(onePointApart, 24, 30), "a gap of one point");
        assertEquals("use {#x points=0-0}", example(List.of(new ResultBand("a", "A", 1, 0, "", 10), new ResultBand("b", "B", 1, 1, "", 14)), 10, 1),
                "a quiz of one point");
    }

    @Test
    void theFirstAndLastBandsRunFromZeroAndToTheTotal() {
        List<ResultBand> bands = List.of(new ResultBand("a", "A", 3, 1, "", 10), new ResultBand("b", "B", 5, 8, "", 14),
                new ResultBand("c", "C", 9, 2, "", 18));
        assertEquals("use {#x points=0-4}", example(bands, 10, 12));
        assertEquals("use {#x points=9-12}", example(bands, 18, 12));
    }

    @Test
    void withoutAUsableGapTheWholeRangeIsGiven() {
        assertEquals("use {#x points=0-30}", example(BANDS, 40, 30), "below every band");
        assertEquals("use {#x points=0-N}", example(BANDS, 40, 0), "no points yet");
        List<ResultBand> crossed = List.of(new ResultBand("a", "A", 0, 10, "", 10), new ResultBand("b", "B", 1, 0, "", 14),
                new ResultBand("c", "C", 5, 12, "", 18));
        assertEquals("use {#x points=0-12}", example(crossed, 14, 12), "neighbours that overlap leave no gap");
        List<ResultBand> unranged = List.of(new ResultBand("a", "A", 2, 1, "", 10), new ResultBand("b", "B", 1, 0, "", 14),
                new ResultBand("c", "C", 5, 12, "", 18));
        assertEquals("use {#x points=0-12}", example(unranged, 14, 12), "a neighbour without a range gives no bound");
        assertEquals("use {#x points=0-N}", example(List.of(new ResultBand("a", "A", 0, 5, "", 10), new ResultBand("b", "B", 1, 0, "", 14)), 14, 0),
                "no total: no range for the last band");
    }
}
