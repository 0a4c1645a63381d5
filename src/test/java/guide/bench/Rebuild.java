package guide.bench;

import guide.bench.TimedProcess.Run;

import java.util.List;

import static guide.bench.Figures.median;

/**
 * "Nothing changed" at one size: {@code ./guide build} run again on the corpus and the output the
 * last cold build left; no runs when there was no good cold build to rebuild.
 */
record Rebuild(int n, List<Run> runs) {
    /** The median wall time of the good runs; NaN if none. */
    double medianWall() {
        return median(runs.stream().filter(Run::ok).map(Run::wallSeconds).toList());
    }
}
