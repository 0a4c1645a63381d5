package guide.bench;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static guide.bench.Figures.fmt;
import static guide.bench.Figures.joinWalls;

/**
 * The report after the runs, in the order it reads: the cold builds ({@link ColdTable}), the warm
 * builder ({@link WarmTable}), the search index, "nothing changed", the preview's edits (fresh, then
 * after a restart), {@code hugo server}'s, and last issue 11's targets with this run's verdicts. Tables
 * are Markdown, to paste into the README.
 */
final class ResultsReport {
    private final BenchSetup setup;
    private final Results results;
    private final ColdTable cold;

    ResultsReport(BenchSetup setup, Results results) {
        this.setup = setup;
        this.results = results;
        this.cold = new ColdTable(setup, results.cold());
    }

    void print(boolean hugoAsked) {
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.println("## Results");
        System.out.println();
        cold.print(hugoAsked);
        new WarmTable(setup.runs(), cold).print(results.warm(), results.warmNote());
        results.search().print();
        printNothingChanged();
        if (results.serve() != null) {
            printPreview(results.serve());
        }
        if (results.restarted() != null) {
            printRestarted(results.restarted());
        }
        if (results.hugoServe() != null) {
            GuidePreview.Result serve = results.serve();
            results.hugoServe().print(serve == null || serve.failure() != null ? null : serve.medianMillis());
        }
        printTargets();
    }

    private void printNothingChanged() {
        System.out.println();
        System.out.println("Nothing changed: `./guide build` run again on the same corpus and output folder, medians of " + setup.runs() + ".");
        System.out.println();
        System.out.println("| N per lang | wall s (median) | vs cold build | runs, wall s |");
        System.out.println("|---:|---:|---:|---|");
        for (Rebuild r : results.rebuilds()) {
            if (r.runs().isEmpty()) {
                System.out.printf("| %s | %s | %s | %s |%n", r.n(), "–", "no good build to rebuild", "");
                continue;
            }
            double wall = r.medianWall();
            double coldWall = cold.guideRow(r.n()).map(ColdRow::medianWall).orElse(Double.NaN);
            System.out.printf("| %s | %s | %s | %s |%n", r.n(), Double.isNaN(wall) ? "failed" : fmt(wall, 2),
                    Double.isNaN(wall) || Double.isNaN(coldWall) ? "–" : fmt(wall / coldWall, 2) + " ×", joinWalls(r.runs()));
        }
    }

    private static void printPreview(GuidePreview.Result serve) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Preview latency: `./guide serve` on N=%d per language (ready after %s s). One Polish article edited%n",
                serve.n(), fmt(serve.startSeconds(), 1));
        System.out.println("(temp file + atomic rename); its URL polled every 20 ms until the new sentence is served. At that");
        System.out.println("moment: the article and the pages that list it (home, archive) show the current title, and the English translation says its source changed.");
        System.out.println();
        if (serve.failure() != null) {
            System.out.println("Preview failed: " + serve.failure());
            return;
        }
        printEdits(serve.edits());
        List<Double> served = serve.served();
        long consistent = serve.edits().stream().filter(GuidePreview.Edit::consistent).count();
        System.out.println();
        System.out.printf(Locale.ROOT, "Median edit to served: %s ms over %d edits (min %s, max %s); consistent at that moment: %d of %d.%n",
                served.isEmpty() ? "–" : fmt(serve.medianMillis(), 0), served.size(),
                served.isEmpty() ? "–" : fmt(Collections.min(served), 0), served.isEmpty() ? "–" : fmt(Collections.max(served), 0),
                consistent, serve.edits().size());
    }

    private static void printRestarted(GuidePreview.Result restarted) {
        System.out.println();
        System.out.printf(Locale.ROOT, "After a restart: `./guide serve` started again on the output it left (ready after %s s, every page%n",
                fmt(restarted.startSeconds(), 1));
        System.out.println("taken from it, none rendered at start), the same article edited again. The first save after a start is the one");
        System.out.println("an editor meets every day.");
        System.out.println();
        if (restarted.failure() != null) {
            System.out.println("Preview failed: " + restarted.failure());
        } else {
            printEdits(restarted.edits());
        }
    }

    private static void printEdits(List<GuidePreview.Edit> edits) {
        System.out.println("| edit | change | edit to served, ms | server build s | listings + translation consistent |");
        System.out.println("|---:|---|---:|---:|---|");
        for (GuidePreview.Edit e : edits) {
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %s |%n", e.number(), e.change(),
                    Double.isNaN(e.millis()) ? "not served" : fmt(e.millis(), 0),
                    e.serverBuildSeconds() == null ? "–" : fmt(e.serverBuildSeconds(), 1),
                    e.consistent() ? "yes" : "no: " + e.note());
        }
    }

    /** Issue 11's targets and this run's verdicts on them, as the report's last lines. */
    private void printTargets() {
        GuidePreview.Result serve = results.serve();
        double preview = serve == null || serve.n() != 1000 ? Double.NaN : serve.medianMillis();
        double nothingChanged = results.rebuilds().stream().filter(r -> r.n() == 1000).findFirst().map(Rebuild::medianWall).orElse(Double.NaN);
        List<String> lines = new IssueTargets()
                .atMost("cold build, guide / Hugo, N=1000", cold.versusHugo(1000), 1.5, "×", 2)
                .below("cold build, guide / Hugo, N=5000", cold.versusHugo(5000), 1, "×", 2)
                .atMost("peak memory of a cold build, N=1000", cold.guideRow(1000).map(ColdRow::medianPeakMb).orElse(Double.NaN), 512, "MB", 0)
                .atMost("nothing changed, N=1000", nothingChanged, 0.5, "s", 2)
                .atMost("preview, edit to served, N=1000 (median)", preview, 200, "ms", 0)
                .lines();
        if (!lines.isEmpty()) {
            System.out.println();
            lines.forEach(System.out::println);
        }
    }
}
