package guide.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static guide.bench.Figures.fmt;
import static guide.bench.Figures.joinWalls;

/**
 * The warm builder's part of the report: how its builds were measured, then a line per size with
 * the wall time against the cold build's, the daemon's CPU time against the cold build's, its peak
 * memory, and whether it wrote the same files; or why the daemon was not measured.
 */
final class WarmTable {
    private final int runs;
    private final ColdTable cold;

    WarmTable(int runs, ColdTable cold) {
        this.runs = runs;
        this.cold = cold;
    }

    /** @param note why the daemon took no (more) builds, if so */
    void print(List<WarmRow> rows, Optional<String> note) {
        System.out.println();
        System.out.println("Warm builder: `./guide build` handed to a running `./guide daemon`, each run a whole build into a fresh");
        System.out.println("output folder (no page cache: every page rendered); wall time of the `./guide build` process, which waits");
        System.out.println("for the daemon's answer; before the measured runs, warm-up builds of the same corpus until two in a row took");
        System.out.println("within 10 % of each other (at most 5); medians of " + runs + ". Each run of the cold builds ends with one of these, so");
        System.out.println("\"wall vs cold\" compares builds of the same minutes; \"CPU vs cold\" (the daemon's CPU time for the build against");
        System.out.println("the cold build's) depends even less on other work on the machine.");
        System.out.println();
        note.ifPresent(n -> System.out.println("Warm builder: " + n));
        if (rows.isEmpty()) {
            return;
        }
        System.out.println("| N per lang | pages | wall s (median) | ms per page | wall vs cold | daemon CPU s (median) | CPU vs cold"
                + " | daemon peak MB (so far) | same files as the cold build | runs, wall s |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        List<Double> perPage = new ArrayList<>();
        List<String> perPageText = new ArrayList<>();
        for (WarmRow row : rows) {
            double wall = row.medianWall();
            double ms = wall * 1000 / row.pages();
            if (!Double.isNaN(ms)) {
                perPage.add(ms);
                perPageText.add(fmt(ms, 1) + " ms (N=" + row.n() + ")");
            }
            printRow(row, wall, ms);
        }
        if (perPage.size() > 1) {
            System.out.println();
            System.out.printf(Locale.ROOT, "Per-page cost, warm builder: wall time / pages %s, largest / smallest %s ×.%n",
                    String.join(", ", perPageText), fmt(Collections.max(perPage) / Collections.min(perPage), 2));
        }
    }

    private void printRow(WarmRow row, double wall, double ms) {
        Optional<ColdRow> coldRow = cold.guideRow(row.n());
        double cpu = row.medianCpu();
        double coldCpu = coldRow.map(ColdRow::medianCpu).orElse(-1.0);
        System.out.printf(Locale.ROOT, "| %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", row.n(), row.pages(), fmt(wall, 2),
                fmt(ms, 1), coldRow.map(c -> fmt(wall / c.medianWall(), 2) + " ×").orElse("–"), cpu < 0 ? "?" : fmt(cpu, 2),
                cpu < 0 || coldCpu < 0 ? "–" : fmt(cpu / coldCpu, 2) + " ×",
                row.daemonPeakKb() < 0 ? "?" : fmt(row.daemonPeakKb() / 1024.0, 0), row.sameAsCold(), joinWalls(row.runs()));
    }
}
