package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.Problem;

import java.util.List;
import java.util.Optional;

/**
 * An XLIFF file exported before its page was deleted, moved to another file or given another translationKey. The
 * export never removes the files it wrote before (a CAT tool may have saved a translator's work into one), so such a
 * file can lie beside the current ones in target/xliff and reach an import of the whole folder. The import names it
 * at its {@code <file>} line, says what became of its page and what to do, and takes nothing from it; like any file
 * refused, it stops the whole import ({@link XliffImportBatch}: all or nothing).
 */
final class StaleExport {
    private static final String LEAVE_OUT = "nothing can be imported from this file, so leave it out of the import"
            + " (move it out of its folder if you import the folder's *.xlf)";

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
            return problem(file, "is for " + file.sourcePath() + ", which no longer exists, and no page in " + folder
                    + " has its translationKey, '" + file.translationKey() + "': the page has been deleted since this file was exported,"
                    + " or moved and given another translationKey; " + LEAVE_OUT);
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

    private static String exportCommand(ContentDocument source, XliffFile file) {
        return "./guide translations export " + XliffExporter.path(source) + " --to " + file.targetLang();
    }

    private static Optional<Problem> problem(XliffFile file, String message) {
        return Optional.of(new Problem(file.file(), file.line(), message));
    }
}
