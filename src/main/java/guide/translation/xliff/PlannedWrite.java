package guide.translation.xliff;

import java.nio.file.Path;

/**
 * A translation file an import will write, once every file given to it has passed its checks.
 *
 * @param target   absolute path of the file
 * @param shown    the path as messages show it, relative to the project
 * @param created  true for a new translation
 * @param unchanged true when the file already holds exactly this text (nothing to write)
 * @param outdated  true when --force imported a file made from an older revision of the source
 */
public record PlannedWrite(Path xliff, Path target, String shown, String text, boolean created, boolean unchanged, boolean outdated) {

    /**
     * What the import did with the file, as {@code ./guide translations import} and the dashboard say
     * it: "content/en/about.md: updated from about.pl-en.xlf".
     *
     * @param from the XLIFF file as the editor named it
     */
    public String done(String from) {
        String what = created ? "created (status=draft)" : unchanged ? "unchanged" : "updated";
        return shown + ": " + what + " from " + from
                + (outdated ? "; imported although its source changed since the export, so it stays outdated until those changes are translated" : "");
    }
}
