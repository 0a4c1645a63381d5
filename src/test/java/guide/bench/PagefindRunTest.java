package guide.bench;

import guide.bench.TimedProcess.Run;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagefindRunTest {
    private static Run run(double wall, long peakKb, int exit, String out) {
        return new Run(wall, peakKb, 2 * wall, exit, out, "", false);
    }

    @Test
    void hugoAndItsIndexCountAsOneRunOfBothTimes() {
        Run both = PagefindRun.combined(run(2.5, 420_000, 0, ""), run(3.75, 470_000, 0, "Indexed 2004 pages\n"));
        assertEquals(6.25, both.wallSeconds(), 1e-9);
        assertEquals(12.5, both.cpuSeconds(), 1e-9, "the CPU time of both");
        assertEquals(470_000, both.peakKb(), "the two processes never run at once: the larger peak");
        assertTrue(both.ok());
        assertEquals(Optional.of(2004L), PagefindRun.indexedPages(both));
    }

    @Test
    void eitherFailingFailsTheRun() {
        assertFalse(PagefindRun.combined(run(2.5, 1, 0, ""), run(0.1, 1, 1, "")).ok());
        assertFalse(PagefindRun.combined(run(2.5, 1, 255, ""), run(0.1, 1, 0, "")).ok());
        assertEquals(Optional.empty(), PagefindRun.indexedPages(run(1, 1, 0, "Error: no pages")));
        assertEquals(-1, PagefindRun.combined(run(2.5, 1, 0, ""), new Run(1, 1, -1, 0, "", "", false)).cpuSeconds(), "unknown stays unknown");
    }
}
