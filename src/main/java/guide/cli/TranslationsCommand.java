package guide.cli;

import guide.content.SiteContent;
import guide.translation.AboutPageName;
import guide.translation.CopiedTranslations;
import guide.translation.FailOnReason;
import guide.translation.GitHistory;
import guide.translation.ReportPrinter;
import guide.translation.TranslationReport;
import guide.translation.UnreadTranslations;
import guide.translation.UntranslatedTags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;
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
            description = "Exit with 1 if any page is in one of these states: outdated, missing, orphaned, unreadable"
                    + " (a page that is there but cannot be read: not counted as missing), untranslated (a published translation"
                    + " still copied word for word from its source, in part or whole, whatever its stamp says).")
    List<FailOn> failOn = List.of();

    /**
     * The states a publishing pipeline can stop on, as the report shows them ({@link guide.translation.ShownStates}); when
     * a page is in one, {@link FailOnReason} says which on the console. An unreadable page is its own state, not a missing
     * one: a pipeline may stop on broken files without stopping on pages still to translate. {@code untranslated} is no state
     * of the table but what the build warns of ({@link CopiedTranslations}): a published page whose text is its source's.
     */
    enum FailOn { outdated, missing, orphaned, unreadable, untranslated }

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
        CopiedTranslations copies = CopiedTranslations.of(report);
        UntranslatedTags tags = UntranslatedTags.of(report, lang -> content.config().language(lang).englishName());
        System.out.print(json ? ReportPrinter.json(report, unread, copies, tags) + "\n" : ReportPrinter.table(report, AboutPageName.of(content.config()),
                GitHistory.of(content.config().projectDir()), unread, copies, tags));
        Optional<String> stopped = new FailOnReason(unread, copies).of(report, failOn.stream().map(FailOn::name).toList());
        stopped.ifPresent(System.err::println);
        return stopped.isPresent() ? 1 : 0;
    }
}
