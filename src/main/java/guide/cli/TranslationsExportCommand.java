package guide.cli;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.GuideCommand;
import guide.site.Problem;
import guide.translation.xliff.NewPageWords;
import guide.translation.xliff.XliffExportBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./guide translations export PATH... --to LANG}: XLIFF 1.2 files for translators' CAT tools. A file already in the
 * folder that holds work not imported yet (a CAT tool saves into the exported file) is not written over, nor is any other
 * file then, unless {@code --replace}. Earlier exports in the folder whose page is gone are left in place (a translator's
 * work may be in one) but named, as the import would refuse them.
 */
@Command(name = "export", description = "Write one XLIFF 1.2 file per document for a CAT tool, with the current translation and what to do.")
final class TranslationsExportCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Pages (.md files) or folders of pages, e.g. content/pl")
    List<Path> paths;

    @Option(names = "--to", required = true, paramLabel = "LANG", description = "Target language, e.g. en")
    String to;

    @Option(names = "--output", paramLabel = "DIR", description = "Folder for the .xlf files (default: target/xliff in the project).")
    Path output;

    @Option(names = "--replace", description = "Overwrite .xlf files in the folder even if one holds work not imported yet (from a CAT tool)"
            + " or cannot be read. Without it, such a file stops the export: nothing is written, and the file is named.")
    boolean replace;

    @Override
    public Integer call() throws IOException {
        var loaded = options.content();
        if (loaded.isEmpty()) {
            return 1;
        }
        SiteContent content = loaded.get();
        Optional<String> badLanguage = LanguageOption.refusal(to, content.config().languages());
        if (badLanguage.isPresent()) {
            System.err.println(badLanguage.get());
            return 1;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path dir = output == null ? options.projectDir().resolve("target/xliff") : cwd.resolve(output).normalize();
        XliffExportBatch batch = new XliffExportBatch(content);
        List<Problem> problems = new ArrayList<>();
        List<ContentDocument> sources = batch.sources(paths, cwd, to, problems);
        problems.forEach(p -> System.err.println(p));
        if (!problems.isEmpty()) {
            return 1;
        }
        XliffExportBatch.Outcome outcome = batch.exportAll(sources, to, dir, replace, file -> shown(cwd, file));
        if (!outcome.problems().isEmpty()) {
            outcome.problems().forEach(p -> System.err.println(shown(cwd, p.file()) + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
            System.err.println("Nothing exported: " + Problem.count(outcome.problems().size()) + "; " + shown(cwd, dir) + " was left as it was.");
            return 1;
        }
        for (XliffExportBatch.Written written : outcome.written()) {
            System.out.println(written.source() + " -> " + shown(cwd, written.file()) + " (" + XliffExportBatch.describe(written) + ")");
        }
        boolean one = sources.size() == 1;
        System.out.println("Exported " + sources.size() + (one ? " document" : " documents") + " into " + shown(cwd, dir)
                + (one ? ". Translate it" : ". Translate them") + " in a CAT tool, then: " + GuideCommand.name() + " translations import FILE...");
        String language = content.config().language(to).englishName();
        for (XliffExportBatch.Written written : outcome.written()) {
            if (written.newPage()) {
                System.out.println("note: " + shown(cwd, written.file()) + " makes " + NewPageWords.page(language) + ", so import it with "
                        + NewPageWords.name(language) + " (one new page per import; the import suggests one from the translated title)");
            }
        }
        for (XliffExportBatch.Stale stale : batch.stale(dir, to)) {
            System.out.println("note: " + shown(cwd, stale.file()) + " is an earlier export for translationKey '" + stale.translationKey()
                    + "', which no page in " + stale.folder() + " has any more: " + GuideCommand.name() + " translations import refuses it, so move it out of "
                    + shown(cwd, dir) + " before you import the folder's *.xlf");
        }
        return 0;
    }

    private static String shown(Path cwd, Path file) {
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
