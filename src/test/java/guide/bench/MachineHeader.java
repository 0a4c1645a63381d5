package guide.bench;

import guide.bench.BenchOptions.Size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The report's head: when and where it ran (cores, CPU, memory, load average, the JVMs and their
 * flags, Hugo's and Pagefind's versions) and what it was asked to measure, so that figures pasted
 * elsewhere carry the conditions they were measured in. Also the load average, which the report's
 * last line repeats.
 */
final class MachineHeader {
    private final BenchSetup setup;

    MachineHeader(BenchSetup setup) {
        this.setup = setup;
    }

    void print(List<Size> sizes, Integer serveN, int edits, boolean hugoAsked) {
        HugoRun.Availability hugo = setup.hugo();
        System.out.println("# guide benchmark, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        System.out.println("cpu:        " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel());
        System.out.println("memory:     " + memTotal());
        System.out.println("load avg:   " + loadAverage() + " at start (other work on the machine skews the figures)");
        System.out.println("java:       " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        System.out.println("guide JVM:  " + guideJvmFlags() + "  (from ./guide)");
        System.out.println("plain JVM:  " + (setup.plainJvmOpts().isEmpty() ? "(JVM defaults, as JBake's launcher)"
                : String.join(" ", setup.plainJvmOpts())));
        System.out.println("hugo:       " + (hugo.ok() ? hugo.version().orElseThrow() + "  (site converted by "
                + setup.project().relativize(setup.converter()) + ")" : hugoAsked ? hugo.problem() + ": " + HugoRun.SKIPPED : "not asked for"));
        System.out.println("pagefind:   " + setup.pagefind().map(p -> p.version() + "  (run on Hugo's output after each Hugo build: the Hugo + Pagefind row)")
                .orElse("not found (bench/run installs npm's pagefind " + PagefindRun.VERSION + " into target/bench-tools): the Hugo + Pagefind row is skipped"));
        System.out.println("sizes:      " + String.join(", ", sizes.stream().map(s -> s.n() + s.engines()).toList())
                + " articles per language; " + setup.runs() + " runs each, alternating");
        System.out.println("preview:    " + (serveN == null ? "skipped" : "N=" + serveN + ", " + edits + " edits"
                + (sizes.stream().anyMatch(Size::hugo) ? ", ./guide serve and hugo server" : ", ./guide serve")));
        System.out.println("corpus:     generated, seed " + CorpusGenerator.SEED + ", ~" + ArticleText.TARGET_WORDS
                + " words per article, pl + en, plus home, about and 404 per language");
        System.out.println("work dir:   " + setup.project().relativize(setup.benchDir()));
        System.out.println();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown cpu");
        } catch (IOException e) {
            return "unknown cpu";
        }
    }

    /** The load average over 1, 5 and 15 minutes, "0.52 0.80 1.01". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private String guideJvmFlags() {
        try {
            return Files.readAllLines(setup.guide()).stream().filter(l -> l.startsWith("java_opts=(")).findFirst()
                    .map(l -> String.join(" ", Arrays.stream(l.replaceAll("[()]", " ").strip().split("\\s+")).filter(t -> t.startsWith("-X")).toList())
                            + " + class-data archive")
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
