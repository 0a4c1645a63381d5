package guide.bench;

import guide.bench.TimedProcess.Run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static guide.bench.Figures.describe;

/**
 * Hugo's part in the cold race: a fresh {@code hugo} process on the converted site into a fresh
 * folder each run ({@link HugoRun}), then, when Pagefind is here and the build succeeded, Pagefind
 * on its output ({@link PagefindRun}): two rows, Hugo alone and Hugo + Pagefind (their wall times
 * added), the latter being Hugo doing what the guide does, pages and a search index.
 */
final class HugoCold implements ColdRace.Contender {
    private final HugoRun site;
    private final Optional<PagefindRun> pagefind;
    private final int n;
    private final Path dir;
    private final int runs;
    private final List<HugoRun.Build> builds = new ArrayList<>();
    private final List<Run> withSearch = new ArrayList<>();

    /** @param dir the size's folder: the runs go to {@code dir/hugo-cold/run-<k>}, the logs to {@code dir/logs} */
    HugoCold(HugoRun site, Optional<PagefindRun> pagefind, int n, Path dir, int runs) {
        this.site = site;
        this.pagefind = pagefind;
        this.n = n;
        this.dir = dir;
        this.runs = runs;
    }

    @Override
    public void turn(int r) throws Exception {
        Path runDir = ColdRace.runFolder(dir, "hugo-cold", r);
        HugoRun.Build build = site.build(runDir, dir.resolve("logs/hugo-" + r));
        System.out.printf(Locale.ROOT, "[N=%d] Hugo        run %d/%d: %s, %d HTML files%n", n, r, runs, describe(build.run()), build.htmlFiles());
        if (!build.run().ok()) {
            System.out.println(Figures.failure("hugo", build.run()));
        }
        builds.add(build);
        if (pagefind.isPresent() && build.run().ok()) {
            withSearch.add(pagefindAfter(build, runDir.resolve("public"), dir.resolve("logs/pagefind-" + r), r));
        }
    }

    /** Pagefind on a Hugo build's output; returned as one run with the build (their wall times added). */
    private Run pagefindAfter(HugoRun.Build build, Path output, Path log, int r) throws Exception {
        Run index = pagefind.orElseThrow().index(output, log);
        System.out.printf(Locale.ROOT, "[N=%d] Pagefind    run %d/%d: %s, %s pages indexed%n", n, r, runs, describe(index),
                PagefindRun.indexedPages(index).map(String::valueOf).orElse("?"));
        if (!index.ok()) {
            System.out.println(Figures.failure("pagefind", index));
        }
        return PagefindRun.combined(build.run(), index);
    }

    /** Hugo's row, and Hugo + Pagefind's if Pagefind ran. */
    List<ColdRow> rows() {
        long pages = builds.stream().filter(b -> b.run().ok()).findFirst().map(HugoRun.Build::htmlFiles).orElse(0L);
        List<ColdRow> rows = new ArrayList<>();
        rows.add(new ColdRow(Engine.HUGO, n, pages, builds.stream().map(HugoRun.Build::run).toList(), List.of()));
        if (!withSearch.isEmpty()) {
            rows.add(new ColdRow(Engine.HUGO_PAGEFIND, n, pages, List.copyOf(withSearch), List.of()));
        }
        return rows;
    }
}
