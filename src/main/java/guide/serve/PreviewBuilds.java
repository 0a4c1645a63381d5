package guide.serve;

import guide.build.BuildReport;
import guide.build.DraftAddress;
import guide.build.SiteBuilder;
import guide.site.BuildFailure;
import guide.site.Counted;
import guide.site.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The preview's builds, one at a time, and how each ends is told: the console (with {@link ConsoleWarnings}) and the
 * open pages ({@link LiveReload}) hear of a build that published, of a failed one (perhaps later, {@link HeldFailure}),
 * and of one that stopped unexpectedly. Numbers the builds, so that a page can say which build it comes from.
 */
final class PreviewBuilds {
    private final Path output;
    private final SiteBuilder builder;
    private final LiveReload live;
    private final DraftPages drafts;
    private final ConsoleWarnings warnings = new ConsoleWarnings();
    private final AtomicLong builds = new AtomicLong();
    private final HeldFailure held = new HeldFailure(this);
    /** Pages the first build rendered (not taken from the output): when few, the warm-up renders some itself. */
    private int renderedAtStart;
    /** The last build number browsers were told of: written by the rebuild (under this lock), read by page requests. */
    private volatile long announced;
    private boolean stopped;

    /** @param drafts the drafts' pages the preview shows, which each good build replaces */
    PreviewBuilds(Path output, SiteBuilder builder, LiveReload live, DraftPages drafts) {
        this.output = output;
        this.builder = builder;
        this.live = live;
        this.drafts = drafts;
    }

    /** The number of the newest build browsers may have been told of: a page served now comes from it. */
    long current() {
        return Math.max(builds.get(), announced);
    }

    /** Builds after a save of the files {@code changed} (none for the first build); a failure may be told later ({@link HeldFailure}). */
    synchronized void rebuild(Set<Path> changed) {
        if (stopped) {
            return; // a change the watcher saw just before the preview stopped: nothing may write to the project now
        }
        held.supersede();
        // A number browsers have not seen, even when a build failed after announcing its pages.
        long next = current() + 1;
        try {
            // Browsers reload as soon as the pages are in place; the search index follows them.
            BuildReport report = builder.build(output, found -> {
                drafts.show(builder.drafts().pages(), builder.drafts().files());
                announced = next;
                live.publish(next, drafts.withAddresses(found));
            });
            drafts.show(builder.drafts().pages(), builder.drafts().files());
            List<String> told = drafts.withAddresses(report.warnings());
            if (next == 1) {
                renderedAtStart = report.rendered();
            }
            builds.set(next);
            int pages = report.pagesByLanguage().values().stream().mapToInt(Integer::intValue).sum();
            System.out.print(warnings.afterSuccess(String.format("Build %d: %s in %.1f s", next, Counted.of(pages, "page", "pages"), report.millis() / 1000.0),
                    told));
            live.publish(next, told);
        } catch (BuildFailure failure) {
            List<DraftAddress> read = builder.drafts().addresses(); // this build's, as the failure may be told after the next starts
            held.tell(changed, () -> tellFailure(failure, read));
        } catch (IOException | RuntimeException e) {
            // Not the editor's fault (a disk, a bug): said as the build command says it; the next save tries again.
            boolean served = served();
            System.err.println("error: the build stopped unexpectedly: " + e);
            System.err.println((served ? "Still serving the last good build" : "Nothing to serve yet")
                    + "; save again to retry, and please report this with what you changed.");
            live.publishFailure(builds.get(), List.of(new Problem(Path.of("build"), 0, String.valueOf(e.getMessage()))), served, List.of());
        }
    }

    private void tellFailure(BuildFailure failure, List<DraftAddress> read) {
        // The drafts stay as the last good build made them, at their addresses: their lines say so. A draft it did not have
        // waits at its address for a good build, with what stopped this one.
        drafts.pending(read, failure.problems());
        List<String> found = drafts.afterFailure(failure.warnings());
        new BuildFailure(failure.problems(), found).print(System.err);
        warnings.afterFailure(found);
        boolean served = served();
        System.err.println(failedLine(failure.problems().size(), served));
        live.publishFailure(builds.get(), failure.problems(), served, found);
    }

    /** The console's last line after a failed build of {@code problems} problems, listed above it. */
    static String failedLine(int problems, boolean served) {
        return served ? "Build failed; still serving the last good build."
                : "Build failed; nothing to serve yet: fix the " + (problems == 1 ? "problem" : Problem.count(problems)) + " above and save,"
                        + " and the browser shows the site.";
    }

    /** Whether a site is served: a build of this preview succeeded, or the output holds an earlier one. */
    private boolean served() {
        return builds.get() > 0 || Files.isRegularFile(output.resolve("index.html"));
    }

    /**
     * One silent build with nothing changed, right after the first: it runs what an edit's build
     * runs (reuse, memos, publishing only what changed), so that code is compiled before the
     * editor's first save, which is then as quick as the next ones. It publishes nothing new. When
     * the first build took (nearly) every page from the output, as after a restart, it also renders
     * a sample of pages ({@link SiteBuilder#warmUp}).
     */
    synchronized void warmUp() {
        if (builds.get() == 0 || stopped) {
            return; // the first build failed (the next real one reports why), or the preview has stopped
        }
        try {
            builder.warmUp(output, renderedAtStart);
        } catch (BuildFailure | IOException | RuntimeException e) {
            // the next real build reports any problem
        }
    }

    /** No build starts after this; one under way (say, after a dashboard import) has ended, its files saved, when it returns. */
    void stop() {
        held.close();
        synchronized (this) {
            stopped = true;
            builder.finishSaving();
        }
    }
}
