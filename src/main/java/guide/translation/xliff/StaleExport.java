package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.GuideCommand;
import guide.site.Problem;
import guide.translation.PastFile;

import java.util.List;
import java.util.Optional;

/**
 * An XLIFF file exported before its page was deleted, moved to another file or given another translationKey. The
 * export never removes the files it wrote before (a CAT tool may have saved a translator's work into one), so such a
 * file can lie beside the current ones in target/xliff and reach an import of the whole folder. The import names it
 * at its {@code <file>} line, says what became of its page and what to do, and takes nothing from it; like any file
 * refused, it stops the whole import ({@link XliffImportBatch}: all or nothing). A file naming a source this project never
 * had (its git history says so: {@link PastFile}) is not called a deleted page's: it was exported from another project, and
 * the message says to import it there.
 */
public final class StaleExport {
    /** The end of the advice to leave a file out, which only the command's import of a folder's *.xlf needs; the dashboard drops it. */
    public static final String FOLDER_ADVICE = " (move it out of its folder if you import the folder's *.xlf)";
    private static final String LEAVE_OUT = "nothing can be imported from this file, so leave it out of the import" + FOLDER_ADVICE;

    private StaleExport() {
    }

    /**
     * Why {@code file} is for a page this project no longer has under the source file or translationKey it names; empty
     * when its source is there with its translationKey, or when that translationKey is another page's (a file exported
     * from another document, which {@link ImportTarget} names).
     */
    static Optional<Problem> check(XliffFile file, SiteContent content) {
        List<ContentDocument> documents = content.documents();
        Optional<ContentDocument> source = documents.stream().filter(d -> XliffExporter.path(d).equals(file.sourcePath())).findFirst();
        Optional<ContentDocument> keyed = documents.stream()
                .filter(d -> d.lang().equals(file.sourceLang()) && d.translationKey().equals(file.translationKey())).findFirst();
        String folder = content.config().projectDir().relativize(content.config().contentDir()).toString().replace('\\', '/')
                + "/" + file.sourceLang() + "/";
        if (source.isEmpty() && keyed.isEmpty()) {
            return problem(file, gone(file, folder, PastFile.of(content.config().projectDir(), file.sourcePath())));
        }
        if (source.isEmpty()) {
            return problem(file, "is for " + file.sourcePath() + ", which no longer exists: its page (translationKey '" + file.translationKey()
                    + "') has moved to " + XliffExporter.path(keyed.get()) + "; " + LEAVE_OUT + ", and export the page again: "
                    + exportCommand(keyed.get(), file));
        }
        if (!source.get().translationKey().equals(file.translationKey()) && keyed.isEmpty()) {
            return problem(file, "is for translationKey '" + file.translationKey() + "', which no page in " + folder + " has any more: its source, "
                    + file.sourcePath() + ", now has the translationKey '" + source.get().translationKey() + "'; " + LEAVE_OUT
                    + ", and export the page again: " + exportCommand(source.get(), file));
        }
        return Optional.empty();
    }

    /**
     * A file whose source and translationKey the project does not have: a page deleted since its export if the project's history
     * has that source file, a file from another project if the project is a git repository that never had it, either when
     * there is no history to tell.
     */
    private static String gone(XliffFile file, String folder, PastFile past) {
        String key = "no page in " + folder + " has its translationKey, '" + file.translationKey() + "'";
        return switch (past) {
            case COMMITTED -> "is for " + file.sourcePath() + ", which no longer exists, and " + key + ": the page has been deleted since this"
                    + " file was exported, or moved and given another translationKey; " + LEAVE_OUT;
            case NEVER_HERE -> "is for " + file.sourcePath() + ", which this project does not have and never had (its git history has no such"
                    + " file), and " + key + ": the file was exported from another project (another copy of the guide, or a branch not merged"
                    + " here), so import it into that project and leave it out of this import" + FOLDER_ADVICE;
            case UNKNOWN -> "is for " + file.sourcePath() + ", which this project does not have, and " + key + ": either the page has been deleted"
                    + " since this file was exported (or moved and given another translationKey), or the file was exported from another project"
                    + " (another copy of the guide), where it should be imported; the project has no git history to tell which. Either way, it"
                    + " cannot be imported here: leave it out of this import" + FOLDER_ADVICE;
        };
    }

    private static String exportCommand(ContentDocument source, XliffFile file) {
        return GuideCommand.name() + " translations export " + XliffExporter.path(source) + " --to " + file.targetLang();
    }

    private static Optional<Problem> problem(XliffFile file, String message) {
        return Optional.of(new Problem(file.file(), file.line(), message));
    }
}
