package guide.cli;

import guide.content.SiteContent;
import guide.translation.AboutPageName;
import guide.translation.GitHistory;
import guide.translation.ReportPrinter;
import guide.translation.TranslationReport;
import guide.translation.TranslationState.Status;
import guide.translation.UnreadTranslations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code ./guide translations}: what is missing, outdated (and what changed) or orphaned. */
@Command(name = "translations", description = "Report the state of every translation.",
        subcommands = {StampCommand.class, TranslationsExportCommand.class, TranslationsImportCommand.class})
final class TranslationsCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--fail-on", split = ",", paramLabel = "STATUS",
            description = "Exit with 1 if any translation is in one of these states: outdated, missing, orphaned.")
    List<FailOn> failOn = List.of();

    /** The states a publishing pipeline can stop on. */
    enum FailOn { outdated, missing, orphaned }

    @Override
    public Integer call() {
        var loaded = options.content();
        if (loaded.isEmpty()) {
            return 1;
        }
        SiteContent content = loaded.get();
        content.problems().forEach(p -> System.err.println("warning: " + p));
        TranslationReport report = TranslationReport.of(content);
        UnreadTranslations unread = UnreadTranslations.of(content);
        System.out.print(json ? ReportPrinter.json(report, unread) + "\n" : ReportPrinter.table(report, AboutPageName.of(content.config()),
                GitHistory.of(content.config().projectDir()), unread));
        Set<Status> stopOn = EnumSet.noneOf(Status.class);
        failOn.forEach(f -> stopOn.add(Status.valueOf(f.name().toUpperCase(Locale.ROOT))));
        return report.any(stopOn) ? 1 : 0;
    }
}
