package guide.build;

import guide.publish.HostFiles;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Whether a command-line build has nothing to do: the stamp of the project's sources, and the last
 * build's report if none of them changed since that build and its output is complete ("nothing
 * changed" answers with it at once).
 */
record UpToDate(String sources, Optional<BuildReport> report) {
    /** For the preview, which skips the stamp: it knows what changed from its own memory. */
    static final UpToDate NOT_CHECKED = new UpToDate("", Optional.empty());

    static UpToDate check(Path projectDir, Path output) throws IOException {
        // Another core reads the last build's head and checks its files while this one takes the stamp.
        CompletableFuture<Optional<CacheHead>> last = Files.isRegularFile(HostFiles.nginxFile(output))
                ? CompletableFuture.supplyAsync(() -> PageCache.complete(output)) : CompletableFuture.completedFuture(Optional.empty());
        String sources;
        try {
            // Without the command as typed: the last build's warnings are stored with the command's places kept apart
            // (CacheHead), so a build typed otherwise (./guide after ../guide in content/) says them naming its own.
            sources = SourcesStamp.of(projectDir, SiteConfig.Folders.read(projectDir));
        } catch (IOException unreadable) {
            // A source folder the stamp cannot read (no permission): the build reads its folders next and says which, at the folder.
            last.cancel(false);
            return new UpToDate("", Optional.empty());
        }
        return new UpToDate(sources, last.join().filter(head -> head.sources().equals(sources)).map(head -> head.report(output)));
    }
}
