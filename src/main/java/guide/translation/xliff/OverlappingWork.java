package guide.translation.xliff;

import guide.content.Whitespace;
import guide.site.Problem;
import guide.translation.WordDiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Units that an XLIFF file changed and that the translation changed too since the file's export, other than by this file's
 * own import: two translators given the same page (or one given it twice) who both changed a unit, the second file imported
 * after the first. Two exports of one revision are the same units with the same targets, so the texts cannot tell this from one
 * file imported, corrected and imported again, which must go in without a word; what tells them apart is which export the
 * translation's text of the unit came from: each export has an id ({@link ExportId}), and each import records it beside the
 * texts it wrote ({@link ImportedUnits}). A unit whose text now came from this file's export is its own earlier import; from
 * another export, the other file's work; from none, a hand edit (or an import of a file from before exports had ids). Either of
 * the last two the import would replace without a word, so it refuses the file at the unit, naming both texts' origins;
 * {@code --replace-newer} imports it, keeping the text replaced ({@link NewerStamp#backup}). A unit the import would leave as
 * the translation has it is no overlap. A file without an id, from an older guide, is not compared.
 */
final class OverlappingWork {
    /**
     * One such unit: {@code translationText}, the translation's words for it now ({@link #words}); {@code origin}, the export whose
     * import wrote them, or empty when none did.
     */
    record Overlap(ReadUnit unit, String translationText, Optional<ExportId> origin) {
    }

    private OverlappingWork() {
    }

    /** The units of {@code file} that overlap other work, in the file's order ({@code now}: the translation's units today). */
    static List<Overlap> of(XliffFile file, UnitCounterparts now, ImportedUnits record) {
        if (file.exportId().isEmpty()) {
            return List.of();
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (ReadUnit unit : file.units()) {
            String exported = file.exported().get(unit.id());
            TaggedText text = now.of(unit).map(ExportedUnit::target).orElse(null);
            if (exported == null || unit.target() == null || text == null || text.isEmpty()) {
                continue;
            }
            boolean fileChanged = !RevertedWork.asExported(unit.target(), exported);
            boolean translationChanged = !RevertedWork.asExported(text, exported);
            boolean replaced = !ImportedUnits.hash(text).equals(ImportedUnits.hash(unit.target()));
            Optional<ExportId> origin = record.origin(text);
            if (fileChanged && translationChanged && replaced && !origin.equals(file.exportId())) {
                overlaps.add(new Overlap(unit, words(text), origin));
            }
        }
        return overlaps;
    }

    /**
     * The refusal for one overlap, at its unit's line.
     *
     * @param translation the translation file, as messages show it
     * @param source      the source file, as messages show it
     * @param replace     how to import all the same ({@link ImportWords#replaceSince} or, after a changed source, {@link ImportWords#replaceNewer})
     */
    static Problem refusal(XliffFile file, Overlap overlap, String translation, String source, String replace, String backup) {
        ExportId own = file.exportId().orElseThrow();
        String origin = overlap.origin().map(other -> "the import of another export of " + source + " (made " + other.when()
                        + ": another translator's file, or another copy of the page's export)")
                .orElse("a change made since not by an import of this file (by hand, or by the import of a file exported before exports had"
                        + " ids, late on 6 December 2026)");
        return new Problem(file.file(), overlap.unit().line(), overlap.unit().label() + ": changed both in this file (exported " + own.when()
                + ") and in " + translation + " since that export, where its text comes from " + origin + "; this import would replace that"
                + " text: " + WordDiff.excerpt(overlap.translationText(), words(overlap.unit().target())) + "; keep both: compare the two, put"
                + " what is right into this file's target (the translation's words where they are right), then import it again; to replace"
                + " the translation's text with this file's all the same, " + replace + "; the text it replaces is kept in " + backup + ".");
    }

    /** The words of {@code text} as a translator finds them: tags left out, white space as one space. */
    static String words(TaggedText text) {
        StringBuilder words = new StringBuilder();
        text.spans().stream().filter(TaggedText.Text.class::isInstance).forEach(s -> words.append(((TaggedText.Text) s).text()));
        return Whitespace.collapse(words.toString()).strip();
    }
}
