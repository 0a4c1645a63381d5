package guide.cli;

import guide.content.SiteContent;
import guide.site.GuideCommand;
import guide.site.Problem;
import guide.translation.xliff.ImportFiles;
import guide.translation.xliff.ImportHeadline;
import guide.translation.xliff.ImportWords;
import guide.translation.xliff.NewPageName;
import guide.translation.xliff.PlannedWrite;
import guide.translation.xliff.XliffImportBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ./guide translations import FILE...}: translated XLIFF files (or the .xlf files of a folder) back into content/. */
@Command(name = "import", description = "Check translated XLIFF files and write their translations into content/ (all or nothing).")
final class TranslationsImportCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "XLIFF files written by " + GuideCommand.IN_HELP + " translations export and filled in by a CAT tool, or a folder: its .xlf files are imported")
    List<Path> files;

    @Option(names = "--force", description = "Import even if the source has changed since the export; the translation stays outdated (a draft is"
            + " listed as a draft until it is published, then as outdated).")
    boolean force;

    @Option(names = "--replace-newer", description = "Replace a translation even though it was stamped or changed after the file was"
            + " exported (another file imported, or work done by hand); its text is kept in target/replaced/. With --force when the source changed too.")
    boolean replaceNewer;

    @Option(names = "--ignore-damaged-export-id", description = "Import a file whose export id (in its skeleton) was edited and cannot be"
            + " read; its units are then not compared with other files' imports.")
    boolean ignoreDamagedId;

    @Option(names = "--name", paramLabel = "NAME",
            description = "File name of the page the import creates, in that page's language, e.g. how-to-price-a-project: it is the page's"
                    + " address. A new home or not-found page needs none: its address comes from its type.")
    String name;

    @Override
    public Integer call() throws IOException {
        var loaded = options.content();
        if (loaded.isEmpty()) {
            return 1;
        }
        SiteContent content = loaded.get();
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> read = ImportFiles.of(files.stream().map(f -> cwd.resolve(f).normalize()).toList());
        XliffImportBatch.Plan plan = NewPageName.apply(new XliffImportBatch(content).plan(read, force, replaceNewer, ignoreDamagedId),
                Optional.ofNullable(name), content, NewPageName.Asked.OPTION);
        if (!plan.problems().isEmpty()) {
            plan.problems().forEach(p -> System.err.println(shown(cwd, p.file()) + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
            System.err.println("Nothing imported: " + Problem.count(plan.problems().size()) + "; content/ was left as it was.");
            return 1;
        }
        try {
            XliffImportBatch.write(plan.writes());
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        for (PlannedWrite write : plan.writes()) {
            System.out.println(write.done(shown(cwd, write.xliff()), ImportWords.command()));
            write.notes(shown(cwd, write.xliff())).forEach(System.out::println);
        }
        String headline = ImportHeadline.of(plan.writes());
        if (!ImportHeadline.changedAny(plan.writes())) {
            System.out.println(headline + ": the " + (plan.writes().size() == 1 ? "page already holds the translation in that file."
                    : "pages already hold the translations in those files."));
        } else {
            System.out.println(headline + ". " + GuideCommand.name() + " translations shows " + (plan.writes().size() == 1 ? "its" : "their") + " state.");
        }
        return 0;
    }

    private static String shown(Path cwd, Path file) {
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
