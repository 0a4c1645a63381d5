package guide.bench;

import guide.bench.TimedProcess.Run;

import java.util.List;

import static guide.bench.Figures.median;

/**
 * The builds of one corpus handed to a warm {@code ./guide daemon}: a line of the warm builder's table.
 *
 * @param runs         the {@code ./guide build} client processes (their wall time is the build's)
 * @param daemonCpu    the daemon's CPU seconds for each build, -1 where unknown
 * @param daemonPeakKb the daemon's peak resident memory after them, -1 if unknown
 * @param sameAsCold   whether the last build wrote the same files as the last cold build ("yes (N files)", "NO: ...")
 */
record WarmRow(int n, long pages, List<Run> runs, List<Double> daemonCpu, long daemonPeakKb, String sameAsCold) {
    double medianWall() {
        return median(runs.stream().filter(Run::ok).map(Run::wallSeconds).toList());
    }

    /** The median of the daemon's CPU seconds; -1 if one is unknown. */
    double medianCpu() {
        return daemonCpu.stream().anyMatch(c -> c < 0) ? -1 : median(daemonCpu);
    }
}
