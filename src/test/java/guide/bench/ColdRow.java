package guide.bench;

import guide.bench.TimedProcess.Run;

import java.util.List;

import static guide.bench.Figures.median;

/**
 * One engine's cold builds of one corpus size: a line of the cold-build table.
 *
 * @param pages       HTML pages the engine wrote
 * @param bakeSeconds JBake's own bake times (plain JBake only; empty for the others)
 */
record ColdRow(Engine engine, int n, long pages, List<Run> runs, List<Double> bakeSeconds) {
    /** The runs that succeeded: the medians are theirs. */
    List<Run> good() {
        return runs.stream().filter(Run::ok).toList();
    }

    double medianWall() {
        return median(good().stream().map(Run::wallSeconds).toList());
    }

    /** The median CPU seconds; -1 if a run's is unknown or none succeeded. */
    double medianCpu() {
        List<Run> good = good();
        return good.isEmpty() || good.stream().anyMatch(r -> r.cpuSeconds() < 0) ? -1 : median(good.stream().map(Run::cpuSeconds).toList());
    }

    double medianPeakMb() {
        return median(good().stream().map(r -> r.peakKb() / 1024.0).toList());
    }
}
