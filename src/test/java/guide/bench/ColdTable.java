package guide.bench;

import guide.bench.TimedProcess.Run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static guide.bench.Figures.fmt;
import static guide.bench.Figures.joinWalls;

/**
 * The cold builds' part of the report: the table of every engine at every size, the guide's ratios
 * to Hugo (issue 11's measure) and to Hugo + Pagefind, and the per-page costs, both the plain wall
 * time over pages and the marginal cost between sizes. Also answers the other parts' questions about
 * the cold builds (the guide's row at a size, its ratio to Hugo).
 */
final class ColdTable {
    private final BenchSetup setup;
    private final List<ColdRow> rows;

    ColdTable(BenchSetup setup, List<ColdRow> rows) {
        this.setup = setup;
        this.rows = rows;
    }

    /** The guide's cold-build row for size {@code n}, if it has a good run. */
    Optional<ColdRow> guideRow(int n) {
        return rows.stream().filter(r -> r.engine() == Engine.GUIDE && r.n() == n && !r.good().isEmpty()).findFirst();
    }

    /** The guide's median cold build over Hugo's at one size; NaN when either has no good run. */
    double versusHugo(int n) {
        return guideRow(n).flatMap(g -> other(Engine.HUGO, n).map(h -> g.medianWall() / h.medianWall())).orElse(Double.NaN);
    }

    private Optional<ColdRow> other(Engine engine, int n) {
        return rows.stream().filter(r -> r.engine() == engine && r.n() == n && !r.good().isEmpty()).findFirst();
    }

    /** The guide's median wall time over another engine's on the same size, if both have good runs. */
    private Optional<String> ratio(ColdRow guide, Engine engine) {
        return other(engine, guide.n()).map(other -> fmt(guide.medianWall() / other.medianWall(), 2) + " ×");
    }

    void print(boolean hugoAsked) {
        System.out.println("Cold build: a fresh process per run (cold JVM for the guide and plain JBake), fresh output folder (Hugo: and fresh");
        System.out.println("cache and resource folders); wall time of the whole process, peak memory = max RSS (/usr/bin/time %M); " + setup.runs());
        System.out.println("runs per engine and size, alternating; medians. Pages: HTML files written (Hugo's include its redirect pages).");
        System.out.println();
        System.out.println("| engine | N per lang | pages | wall s (median) | CPU s (median) | peak MB (median) | ms per page | JBake bake s"
                + " | guide / plain JBake | guide / Hugo | runs, wall s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        rows.forEach(this::printRow);
        if (hugoAsked && !setup.hugo().ok()) {
            System.out.println();
            System.out.println("Hugo: " + setup.hugo().problem() + "; " + HugoRun.SKIPPED + ".");
        }
        List<String> versusHugo = versus(Engine.HUGO);
        if (!versusHugo.isEmpty()) {
            System.out.println();
            System.out.println("guide / Hugo: " + String.join(", ", versusHugo)
                    + " (issue 11's targets: at most 1.5 × at N=1000, below 1 × at N=5000).");
        }
        List<String> versusSearch = versus(Engine.HUGO_PAGEFIND);
        if (!versusSearch.isEmpty()) {
            System.out.println("guide / (Hugo + Pagefind): " + String.join(", ", versusSearch)
                    + " (Hugo's pages and a search index of their articles, as the guide makes both; the guide's social cards have no counterpart).");
        }
        printPerPageCost();
    }

    /** The guide's ratio to {@code engine} at each size both built: "0.89 × at N=5000". */
    private List<String> versus(Engine engine) {
        return rows.stream().filter(r -> r.engine() == Engine.GUIDE && !r.good().isEmpty())
                .flatMap(g -> ratio(g, engine).map(x -> x + " at N=" + g.n()).stream()).toList();
    }

    private void printRow(ColdRow row) {
        List<Run> good = row.good();
        String hugo = setup.hugo().version().map(v -> v.replaceFirst("^hugo v([0-9.]+).*", "$1")).orElse("");
        String engine = switch (row.engine()) {
            case GUIDE -> "guide (`./guide build`)";
            case HUGO -> "Hugo " + hugo + " (`hugo`)";
            case HUGO_PAGEFIND -> "Hugo " + hugo + " + Pagefind " + setup.pagefind().map(p -> p.version().replaceFirst("^pagefind ", "")).orElse("")
                    + " (`hugo`, then `pagefind --site`)";
            case PLAIN_JBAKE -> "plain JBake (Oven)";
        };
        if (good.isEmpty()) {
            System.out.printf("| %s | %d | %d | failed | – | – | – | – | – | – | %s |%n", engine, row.n(), row.pages(), joinWalls(row.runs()));
            return;
        }
        double wall = row.medianWall();
        double cpu = row.medianCpu();
        String bake = row.bakeSeconds().isEmpty() ? "–" : fmt(Figures.median(row.bakeSeconds()), 1);
        boolean guide = row.engine() == Engine.GUIDE;
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", engine, row.n(), row.pages(), fmt(wall, 2),
                cpu < 0 ? "–" : fmt(cpu, 2), fmt(row.medianPeakMb(), 0), fmt(wall * 1000 / row.pages(), 1), bake,
                guide ? ratio(row, Engine.PLAIN_JBAKE).orElse("–") : "–", guide ? ratio(row, Engine.HUGO).orElse("–") : "–", joinWalls(row.runs()));
    }

    /**
     * Per-page cost two ways, per engine: wall time over pages (includes the fixed start-up, so it
     * falls as the site grows), and the marginal cost between consecutive sizes (the extra wall time
     * over the extra pages, which leaves the fixed cost out and shows how the work scales).
     */
    private void printPerPageCost() {
        for (Engine engine : Engine.values()) {
            List<ColdRow> sized = rows.stream().filter(r -> r.engine() == engine && !r.good().isEmpty())
                    .sorted(Comparator.comparingLong(ColdRow::pages)).toList();
            if (sized.size() < 2) {
                continue;
            }
            List<Double> wallPerPage = sized.stream().map(r -> r.medianWall() * 1000 / r.pages()).toList();
            List<String> wallText = new ArrayList<>();
            for (int i = 0; i < sized.size(); i++) {
                wallText.add(fmt(wallPerPage.get(i), 1) + " ms (N=" + sized.get(i).n() + ")");
            }
            List<Double> marginal = new ArrayList<>();
            List<String> marginalText = new ArrayList<>();
            for (int i = 1; i < sized.size(); i++) {
                ColdRow a = sized.get(i - 1);
                ColdRow b = sized.get(i);
                double ms = (b.medianWall() - a.medianWall()) * 1000 / (b.pages() - a.pages());
                marginal.add(ms);
                marginalText.add(fmt(ms, 1) + " ms (N=" + a.n() + " to " + b.n() + ")");
            }
            ColdRow smallest = sized.get(0);
            double fixed = smallest.medianWall() - smallest.pages() * marginal.get(0) / 1000;
            System.out.println();
            System.out.printf(Locale.ROOT, "Per-page cost, %s: wall time / pages %s, largest / smallest %s ×.%n", engine.label(),
                    String.join(", ", wallText), fmt(Collections.max(wallPerPage) / Collections.min(wallPerPage), 2));
            System.out.printf(Locale.ROOT, "  Marginal (extra wall time / extra pages, without the fixed cost): %s%s; fixed cost about %s s.%n",
                    String.join(", ", marginalText),
                    marginal.size() > 1 ? ", largest / smallest " + fmt(Collections.max(marginal) / Collections.min(marginal), 2) + " ×" : "",
                    fmt(fixed, 2));
        }
    }
}
