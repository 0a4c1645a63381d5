package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an import says the units that held its stamp back are: each of the first three at its line, then how many more. */
class ImportStampHeldTest {
    private static ReadUnit unit(int n, String state) {
        return new ReadUnit("b" + n + ".1", 10 * n, "x-paragraph", "", TaggedText.of("Akapit."), TaggedText.of("Paragraph."), state);
    }

    @Test
    void theFirstThreeAreNamedAtTheirLinesThenHowManyMore() {
        List<ReadUnit> held = IntStream.rangeClosed(1, 5).mapToObj(n -> unit(n, n == 2 ? "needs-translation" : "needs-review-translation")).toList();
        ImportStamp stamp = new ImportStamp(null, held);
        assertEquals(4, stamp.toReview());
        assertEquals(1, stamp.toTranslate());
        assertEquals(List.of(
                new PlannedWrite.FileNote(10, "unit b1.1 (paragraph) is still marked for review (state=\"needs-review-translation\"): once it is"
                        + " done, mark it translated in the CAT tool"),
                new PlannedWrite.FileNote(20, "unit b2.1 (paragraph) is still marked for translation (state=\"needs-translation\"): once it is"
                        + " done, mark it translated in the CAT tool"),
                new PlannedWrite.FileNote(30, "unit b3.1 (paragraph) is still marked for review (state=\"needs-review-translation\"): once it is"
                        + " done, mark it translated in the CAT tool"),
                new PlannedWrite.FileNote(40, "and 2 more units still marked, from unit b4.1 (paragraph) on")), stamp.heldAt());
    }

    @Test
    void threeAreAllNamedAndNoneSaysNothing() {
        List<ReadUnit> three = IntStream.rangeClosed(1, 3).mapToObj(n -> unit(n, "needs-review-translation")).toList();
        assertEquals(List.of(10, 20, 30), new ImportStamp(null, three).heldAt().stream().map(PlannedWrite.FileNote::line).toList());
        assertEquals(List.of(), new ImportStamp(null, List.of()).heldAt());
    }
}
