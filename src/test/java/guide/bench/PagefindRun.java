package guide.bench;

import guide.bench.TimedProcess.Run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pagefind, the search index a Hugo site gets (Hugo makes none of its own), run on Hugo's output
 * after each of the benchmark's Hugo builds, so that the benchmark can also compare the guide with
 * Hugo doing what the guide does: pages and their search index. The converted site marks each
 * article {@code data-pagefind-body} (see {@code bench/guide-to-hugo.py}), so Pagefind indexes what
 * the guide's search indexes: each article's title and text. The guide's social cards have no
 * counterpart here.
 *
 * <p>Found as {@code pagefind} on the PATH, else in {@code target/bench-tools} (where
 * {@code bench/run} installs the npm package, {@link #VERSION}); without it the column is skipped.
 */
final class PagefindRun {
    /** The npm package bench/run installs. */
    static final String VERSION = "1.6.0";

    private final Path binary;
    private final String version;

    private PagefindRun(Path binary, String version) {
        this.binary = binary;
        this.version = version;
    }

    /** Pagefind if it runs here, from the PATH or {@code project/target/bench-tools}. */
    static Optional<PagefindRun> find(Path project) {
        for (String candidate : List.of("pagefind", project.resolve("target/bench-tools/node_modules/.bin/pagefind").toString())) {
            Optional<String> version = TimedProcess.firstLine(List.of(candidate, "--version"));
            if (version.isPresent()) {
                return Optional.of(new PagefindRun(Path.of(candidate), version.get()));
            }
        }
        return Optional.empty();
    }

    /** What {@code pagefind --version} printed, e.g. "pagefind 1.6.0". */
    String version() {
        return version;
    }

    /** Indexes the built site {@code public} (into {@code public/pagefind}), as a fresh timed process. */
    Run index(Path site, Path log) throws IOException, InterruptedException {
        return TimedProcess.exec(List.of(binary.toString(), "--site", site.toString()), log, env -> env.keySet().removeIf(k -> k.startsWith("PAGEFIND_")));
    }

    /** The Hugo build and the index after it as one run: wall and CPU times added, the larger peak, failed if either failed. */
    static Run combined(Run hugo, Run pagefind) {
        double cpu = hugo.cpuSeconds() < 0 || pagefind.cpuSeconds() < 0 ? -1 : hugo.cpuSeconds() + pagefind.cpuSeconds();
        return new Run(hugo.wallSeconds() + pagefind.wallSeconds(), Math.max(hugo.peakKb(), pagefind.peakKb()), cpu,
                hugo.ok() ? pagefind.exit() : hugo.exit(), hugo.out() + pagefind.out(), hugo.err() + pagefind.err(),
                hugo.timedOut() || pagefind.timedOut());
    }

    /** The pages Pagefind says it indexed ("Indexed 2004 pages"), if it said so. */
    static Optional<Long> indexedPages(Run run) {
        var m = Pattern.compile("Indexed (\\d+) pages").matcher(run.out());
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
