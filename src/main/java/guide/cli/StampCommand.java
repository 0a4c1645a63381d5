package guide.cli;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.IoReason;
import guide.translation.SourceRevision;
import guide.translation.StampWriter;
import guide.translation.StampedSource;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ./guide translations stamp PATH}: marks a reviewed translation current. */
@Command(name = "stamp", description = "Mark reviewed translations as current with their source (rewrites only the stamp line, and drops the importedFrom= line an XLIFF import left).")
final class StampCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Translation files, e.g. content/en/about.md")
    List<Path> files;

    @Override
    public Integer call() {
        var loaded = options.content();
        if (loaded.isEmpty()) {
            return 1;
        }
        SiteContent content = loaded.get();
        TranslationReport report = TranslationReport.of(content, StampedSource.Lookup.NONE); // states only: no history needed
        int failures = 0;
        for (Path file : files) {
            Optional<ContentDocument> doc = content.find(file);
            if (doc.isEmpty()) {
                System.err.println(file + (Files.exists(content.resolve(file, Path.of("").toAbsolutePath())) ? ": not a content file this project can read"
                        + problemsOf(content, file) : ": no such file"));
                failures++;
                continue;
            }
            TranslationState state = report.stateOf(doc.get()).orElseThrow();
            if (state.status() == TranslationState.Status.SOURCE || state.source() == null) {
                System.err.println(doc.get().source() + ": not a translation of another language's page ("
                        + state.status().word() + "); nothing to stamp");
                failures++;
                continue;
            }
            ContentDocument source = state.source();
            SourceRevision revision = SourceRevision.of(source).to(doc.get().lang());
            Path translation = content.config().projectDir().resolve(doc.get().source());
            boolean changed;
            try {
                byte[] before = Files.readAllBytes(translation);
                StampWriter.stamp(translation, revision);
                changed = !Arrays.equals(before, Files.readAllBytes(translation));
            } catch (IOException e) {
                System.err.println(doc.get().source() + ": " + IoReason.of(e));
                failures++;
                continue;
            }
            System.out.println(doc.get().source() + (changed ? ": stamped current with " : ": already stamped current with ") + source.source()
                    + " (" + revision.lang() + " " + revision.hash() + ")" + (changed ? "" : "; the file was left as it was"));
        }
        return failures == 0 ? 0 : 1;
    }

    private static String problemsOf(SiteContent content, Path file) {
        return content.problems().stream().filter(p -> file.endsWith(p.file()) || p.file().endsWith(file.normalize()))
                .map(p -> "\n  " + p).reduce("", String::concat);
    }
}
