package guide.translation.xliff;

import guide.site.GuideCommand;

/**
 * How an import's messages name what the editor does next and where the translation's state is reported: the command's
 * words, or the dashboard form's, which has no {@code --force} but a checkbox, downloads rather than exports, and shows the
 * state on its own page. Both give the same advice ({@link ForceAdvice}, {@link PlannedWrite#done}); only these words differ.
 *
 * @param exportAgain   "export it again"
 * @param force         "import anyway with --force"
 * @param stillOutdated "./guide translations still reports the page outdated"
 * @param draftListed   "./guide translations lists the page as a draft, not published yet, and will report it outdated once it is published"
 * @param replaceNewer  "import it with --force --replace-newer": how to replace a translation stamped after the file's export ({@link NewerStamp})
 * @param replaceSince  "import it with --replace-newer": the same when the source has not changed since the export (no --force needed)
 * @param ignoreDamagedId "import it with --ignore-damaged-export-id": how to import a file whose export id was damaged ({@link DamagedExportId})
 * @param nowCurrent    "./guide translations reports it current": where a complete import's page, stamped current, shows as such
 * @param draftCurrent  "./guide translations lists it as a draft until it is published, then as current": the same for a draft
 */
public record ImportWords(String exportAgain, String force, String stillOutdated, String draftListed, String replaceNewer, String replaceSince,
                          String ignoreDamagedId, String nowCurrent, String draftCurrent) {
    /** The command's words, naming the command as the editor typed it ({@link GuideCommand#name()}). */
    public static ImportWords command() {
        String report = GuideCommand.name() + " translations";
        return new ImportWords("export it again", "import anyway with --force", report + " still reports the page outdated",
                report + " lists the page as a draft, not published yet, and will report it outdated once it is published",
                "import it with --force --replace-newer", "import it with --replace-newer", "import it with --ignore-damaged-export-id",
                report + " reports it current", report + " lists it as a draft until it is published, then as current");
    }
}
