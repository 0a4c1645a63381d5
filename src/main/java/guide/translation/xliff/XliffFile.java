package guide.translation.xliff;

import guide.translation.SourceRevision;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An XLIFF file as read for import: what it says it translates, the skeleton it carries and
 * its units, each with its line for messages.
 *
 * @param file     the file as given on the command line
 * @param line     the line of its {@code <file>} element, which names the source ({@code original=}) and its translationKey
 *                 ({@code category=})
 * @param languageLines the lines of its {@code source-language=} and {@code target-language=} ({@link AttributeLine})
 * @param optional the whole-section units whose target may be empty (the section then stays out)
 * @param exported each unit's target and state as the export wrote them ({@link UnitFingerprint}), by unit id; none in a
 *                 file exported before the export recorded them
 * @param translationStamp the translation's stamp at export as the file records it ({@link XliffDocument#translationStamp}); empty in
 *                 a file exported before the export recorded it
 * @param translationText a hash of the translation's text at export as the file records it ({@link XliffDocument#translationText});
 *                 empty in a file exported before the export recorded it
 * @param exportId which export made the file ({@link ExportId}); empty in a file exported before the export recorded it
 * @param damagedExportId an export id the skeleton has that is not one (edited by hand), with its line; {@code exportId} is then empty
 */
public record XliffFile(Path file, int line, LanguageLines languageLines, String sourcePath, String sourceLang, String targetLang,
                        String targetPath, String translationKey, SourceRevision revision, Skeleton skeleton, List<ReadUnit> units, Set<String> optional, Map<String, String> exported,
                        Optional<String> translationStamp, Optional<String> translationText, Optional<ExportId> exportId,
                        Optional<DamagedExportId> damagedExportId) {

    public XliffFile {
        units = List.copyOf(units);
        optional = Set.copyOf(optional);
        exported = Map.copyOf(exported);
    }

    /** The same file, its translation at {@code path}: where the page it made, or was exported from, is now. */
    public XliffFile withTargetPath(String path) {
        return new XliffFile(file, line, languageLines, sourcePath, sourceLang, targetLang, path, translationKey, revision, skeleton, units, optional, exported, translationStamp,
                translationText, exportId, damagedExportId);
    }

    /** The same file, its languages as given: the site's own tags for what a CAT tool wrote in its way ({@link SiteLanguageTag}). */
    public XliffFile withLanguages(String source, String target) {
        return new XliffFile(file, line, languageLines, sourcePath, source, target, targetPath, translationKey, revision, skeleton, units, optional, exported, translationStamp,
                translationText, exportId, damagedExportId);
    }

    /** The lines its source and target language are written on, for a refusal of either. */
    public record LanguageLines(int source, int target) {
    }

    public Optional<ReadUnit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
