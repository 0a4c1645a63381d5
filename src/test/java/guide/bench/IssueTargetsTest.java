package guide.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark's last lines say which of issue 11's targets a run met, and leave out what it did not measure. */
class IssueTargetsTest {
    @Test
    void aSlowPreviewIsCalledMissedAndAQuickOneMet() {
        assertEquals(List.of("Issue 11's targets, as this run measured them:",
                        "- preview, edit to served, N=1000: 1382 ms (target: at most 200 ms): MISSED",
                        "- nothing changed, N=1000: 0.34 s (target: at most 0.50 s): met",
                        "- cold build, guide / Hugo, N=5000: 0.58 × (target: below 1.00 ×): met"),
                new IssueTargets()
                        .atMost("preview, edit to served, N=1000", 1382, 200, "ms", 0)
                        .atMost("nothing changed, N=1000", 0.34, 0.5, "s", 2)
                        .below("cold build, guide / Hugo, N=5000", 0.58, 1, "×", 2)
                        .lines());
    }

    @Test
    void theLimitItselfMeetsAnAtMostTargetButNotABelowOne() {
        assertEquals(List.of("Issue 11's targets, as this run measured them:",
                        "- peak memory, N=1000: 512 MB (target: at most 512 MB): met",
                        "- cold build, guide / Hugo, N=5000: 1.00 × (target: below 1.00 ×): MISSED"),
                new IssueTargets().atMost("peak memory, N=1000", 512, 512, "MB", 0).below("cold build, guide / Hugo, N=5000", 1, 1, "×", 2).lines());
    }

    @Test
    void aRunThatMeasuredNoneOfThemPrintsNothing() {
        assertEquals(List.of(), new IssueTargets().atMost("preview, edit to served, N=1000", Double.NaN, 200, "ms", 0).lines());
    }
}
