package guide.bench;

import guide.bench.TimedProcess.Run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How the benchmark turns measured runs into the figures and text it prints: medians, numbers with a
 * fixed count of decimals (a dot, whatever the locale), a run described on one line, and the last
 * lines of a failed process's output. Shared by every part of the report, so that they all read alike.
 */
final class Figures {
    private Figures() {
    }

    /** The median of {@code values}; NaN when there are none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** One run on a progress line: wall time, peak memory, CPU time, and whether it failed. */
    static String describe(Run run) {
        String status = run.ok() ? "" : run.timedOut() ? " TIMED OUT" : " FAILED (exit " + run.exit() + ")";
        return String.format(Locale.ROOT, "%.2f s, %s MB, %s s CPU%s", run.wallSeconds(), run.peakKb() < 0 ? "?" : fmt(run.peakKb() / 1024.0, 0),
                run.cpuSeconds() < 0 ? "?" : fmt(run.cpuSeconds(), 2), status);
    }

    /** The wall times of every run, failed ones marked: a table's "runs, wall s" column. */
    static String joinWalls(List<Run> runs) {
        return String.join(", ", runs.stream().map(r -> fmt(r.wallSeconds(), 2) + (r.ok() ? "" : " (failed)")).toList());
    }

    /** The last {@code lines} lines of {@code text}. */
    static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** {@code text} indented by four spaces, to print a process's output under the line about it. */
    static String indent(String text) {
        return text.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** How a failed process ended and its last lines, indented: "  hugo failed (exit 1):\n    ...". */
    static String failure(String what, Run run) {
        return "  " + what + " failed (exit " + run.exit() + (run.timedOut() ? ", timed out" : "") + "):\n"
                + indent(tail(run.err() + run.out(), 20));
    }
}
