package guide.translation.xliff;

import guide.site.Problem;

import java.nio.file.Path;

/**
 * An export id in an XLIFF file's skeleton that is not one ({@link ExportId}): a person or a tool edited it (CAT tools carry the
 * skeleton through untouched). Taken for a file without an id, the file's units would not be compared with other files' work
 * ({@link OverlappingWork}) and its own earlier import would not be recognised ({@link LastImport}), without a word; so the import
 * refuses the file at the id's line, saying what to do, unless the editor says to import it as a file without an id.
 *
 * @param written the id as the file has it (the JSON value as text)
 * @param line    the line of the file it is on
 */
record DamagedExportId(String written, int line) {

    /** The refusal, at the id's line; {@code words} name the option that imports the file all the same. */
    Problem refusal(Path file, ImportWords words) {
        return new Problem(file, line, "the export id in this file's skeleton (\"exportId\": " + written + ") is damaged: it is not the"
                + " export's time and six hex digits, as the export wrote it (was the file edited outside a CAT tool?). The import needs it to"
                + " tell this file's own earlier import from other work on the translation. Export the document again and copy this file's"
                + " work into the new file, or " + words.ignoreDamagedId() + ": its units are then not compared with other files'"
                + " imports");
    }
}
