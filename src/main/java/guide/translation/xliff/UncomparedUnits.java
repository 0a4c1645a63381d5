package guide.translation.xliff;

import guide.content.ContentDocument;

import java.util.List;
import java.util.function.Supplier;

/**
 * The units of an XLIFF file that an import writes without knowing what it replaces: the translation has changed since the
 * file's export (its text is not the one the file records), and these units have no counterpart in it now
 * ({@link UnitCounterparts#unmatched}: their source was edited since, or the translation no longer follows the source block for
 * block there), so neither {@link RevertedWork} nor {@link OverlappingWork} could compare them. The rest of the file is compared
 * and imported as usual; these go in as the file has them, and the import names each at its line, for the translator to check.
 */
final class UncomparedUnits {
    private UncomparedUnits() {
    }

    /**
     * A note for each such unit; none when the translation's text is the one the file was exported with, or the one this file's own
     * last import wrote ({@link LastImport}), or the file records none.
     */
    static List<PlannedWrite.FileNote> of(XliffFile file, ContentDocument translation, Supplier<UnitCounterparts> counterparts) {
        if (file.exported().isEmpty() || file.translationText().isEmpty() || file.translationText().get().equals(TranslationText.hash(translation))
                || LastImport.leftBy(file, translation)) { // its text since the export is this file's own import: nothing else to lose
            return List.of();
        }
        String shown = XliffExporter.path(translation);
        return counterparts.get().unmatched().stream().filter(u -> file.exported().containsKey(u.id()))
                .map(u -> new PlannedWrite.FileNote(u.line(), u.label() + ": its source is in no unit of " + file.sourcePath()
                        + " now (edited since the export, or where the translation no longer follows it block for block), so the import could"
                        + " not compare it with " + shown + ", which has changed since this file's export; it wrote this file's text there:"
                        + " check that nothing done since was lost (git diff " + shown + ")"))
                .toList();
    }
}
