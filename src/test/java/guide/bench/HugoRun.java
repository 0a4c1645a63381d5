package guide.bench;

import guide.bench.TimedProcess.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Hugo as the benchmark's third engine, on the same generated corpus. The corpus is converted once
 * into a Hugo site by {@code bench/guide-to-hugo.py} (not timed); every measured run is then a
 * fresh {@code hugo} process into a fresh destination, with a fresh cache folder ({@code --cacheDir})
 * and resource folder ({@code HUGO_RESOURCEDIR}), no build lock in the site ({@code --noBuildLock}),
 * none of the caller's {@code HUGO_*} settings, and anything a build still wrote into the site
 * removed before the next: no run can reuse another's work.
 */
final class HugoRun {
    /** What the benchmark prints when Hugo cannot run, before saying why. */
    static final String SKIPPED = "the Hugo column is skipped";

    /** A Hugo build: the process run and the HTML files it wrote (0 if it failed). */
    record Build(Run run, long htmlFiles) {
    }

    /** Whether Hugo can run here: its version, or why not. */
    record Availability(Optional<String> version, String problem) {
        boolean ok() {
            return version.isPresent();
        }
    }

    private final GeneratedFolder site;
    private final Path siteDir;

    private HugoRun(Path siteDir, GeneratedFolder site) {
        this.siteDir = siteDir;
        this.site = site;
    }

    /** Checks that {@code hugo} and {@code python3} run and the converter is there. */
    static Availability availability(Path converter) {
        if (!Files.isRegularFile(converter)) {
            return new Availability(Optional.empty(), converter + " is missing");
        }
        Optional<String> python = TimedProcess.firstLine(List.of("python3", "--version"));
        if (python.isEmpty()) {
            return new Availability(Optional.empty(), "python3 is not on the PATH (it runs " + converter.getFileName()
                    + "): install it (Debian: apt-get install -y python3)");
        }
        Optional<String> hugo = TimedProcess.firstLine(List.of("hugo", "version"));
        return hugo.isPresent() ? new Availability(hugo, "")
                : new Availability(Optional.empty(), "hugo is not on the PATH: install it (Debian: apt-get install -y hugo)");
    }

    /**
     * Converts the guide project {@code corpus} into the Hugo site {@code siteDir} (replacing an
     * earlier conversion there).
     *
     * @throws IOException with the converter's own message if it fails
     */
    static HugoRun convert(Path converter, Path corpus, Path siteDir, Path log) throws IOException, InterruptedException {
        Run run = TimedProcess.exec(List.of("python3", converter.toString(), corpus.toString(), siteDir.toString()), log, env -> {
        });
        if (!run.ok()) {
            throw new IOException(converter.getFileName() + " failed (exit " + run.exit() + "): " + run.err().strip());
        }
        return new HugoRun(siteDir, GeneratedFolder.of(siteDir));
    }

    Path siteDir() {
        return siteDir;
    }

    /** One cold build into {@code runDir} (emptied first): {@code runDir/public}, {@code /cache}, {@code /resources}. */
    Build build(Path runDir, Path log) throws IOException, InterruptedException {
        CorpusGenerator.deleteTree(runDir);
        site.removeAdded("Hugo");
        Files.createDirectories(runDir);
        Path destination = runDir.resolve("public");
        List<String> command = List.of("hugo", "--quiet", "--noBuildLock", "--source", siteDir.toString(),
                "--destination", destination.toString(), "--cacheDir", runDir.resolve("cache").toString());
        Run run = TimedProcess.exec(command, log, env -> isolate(env, runDir));
        return new Build(run, run.ok() ? htmlFiles(destination) : 0);
    }

    /** No HUGO_* settings of the caller's; the resource cache in the run's own folder. */
    static void isolate(Map<String, String> env, Path runDir) {
        env.keySet().removeIf(k -> k.startsWith("HUGO_"));
        env.put("HUGO_RESOURCEDIR", runDir.resolve("resources").toString());
    }

    /** The HTML files under {@code destination}, Hugo's redirect pages ({@code /pl/page/1/}, the root) included. */
    static long htmlFiles(Path destination) throws IOException {
        try (Stream<Path> walk = Files.walk(destination)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p)).count();
        }
    }
}
