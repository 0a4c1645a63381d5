package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.translation.SourceRevision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stamp step of an import ({@link XliffImporter}): the source revision the translation file is stamped with, and the units
 * the XLIFF file still marks to review or to translate, which hold the stamp back. A file with none is stamped with its export's
 * revision; one with some keeps the translation's older stamp, moved on only for the parts that are done ({@link PartialStamp}),
 * or none for a new page. A section the translation leaves out as the export allowed it is the translator's answer, not work
 * still to do; so, in a translation already current with the export, is a draft's part the export itself left to translate.
 * The same holds for a file imported with --force after the source changed again: a unit it still marks to review holds a change
 * made before the export that nobody translated, so stamping the export's revision would drop it from the report.
 *
 * @param stamp the stamp to write, or null for none
 * @param held  the units the file still marks to review or to translate, when that kept the stamp from advancing for them
 */
record ImportStamp(SourceRevision stamp, List<ReadUnit> held) {
    private static final int NAMED = 3;

    ImportStamp {
        held = List.copyOf(held);
    }

    /** How many of {@link #held} the file marks to review. */
    int toReview() {
        return (int) held.stream().filter(ReadUnit::toReview).count();
    }

    /** How many of {@link #held} the file marks to translate. */
    int toTranslate() {
        return held.size() - toReview();
    }

    /**
     * Where the units that held the stamp are, each at its line of the XLIFF file, for the translator to find them: the first
     * {@value #NAMED}, then one line at the next for the rest.
     */
    List<PlannedWrite.FileNote> heldAt() {
        List<PlannedWrite.FileNote> notes = new ArrayList<>();
        for (ReadUnit unit : held.subList(0, Math.min(NAMED, held.size()))) {
            notes.add(new PlannedWrite.FileNote(unit.line(), unit.label() + " is still marked " + (unit.toReview() ? "for review" : "for translation")
                    + " (state=\"" + unit.state() + "\"): once it is done, mark it translated in the CAT tool"));
        }
        if (held.size() > NAMED) {
            notes.add(new PlannedWrite.FileNote(held.get(NAMED).line(), "and " + (held.size() - NAMED) + " more units still marked, from "
                    + held.get(NAMED).label() + " on"));
        }
        return notes;
    }

    /**
     * @param exported the source's body as the file was exported from it: the skeleton filled with the units' sources, which is the
     *                 source's body as it is now unless the source changed since the export (an import with --force)
     * @param existing the translation file as it is now, if there is one
     */
    static ImportStamp of(XliffFile file, String exported, Optional<ContentDocument> existing, Map<String, TaggedText> targets) {
        Set<String> leftOut = leftOut(file, targets);
        String done = file.revision().to(file.targetLang()).toString();
        List<ReadUnit> waiting = file.units().stream().filter(u -> u.pending() && !leftOut.contains(u.id())).toList();
        // A translation already current with the export keeps its stamp for units the export itself left to translate (a draft's
        // target still the source's), but not past a unit the translator or a reviewer marked for review: that one it lists.
        // The stamp then moves on for nothing but the units marked for review: the others it already covers.
        boolean current = existing.map(d -> done.equals(String.valueOf(d.frontMatter().get(SourceRevision.KEY)).strip())).orElse(false);
        List<ReadUnit> held = current ? waiting.stream().filter(ReadUnit::toReview).toList() : waiting;
        if (held.isEmpty()) {
            return new ImportStamp(file.revision().to(file.targetLang()), List.of());
        }
        Set<String> settled = new HashSet<>(leftOut);
        if (current) {
            waiting.stream().filter(u -> !u.toReview()).map(ReadUnit::id).forEach(settled::add);
        }
        SourceRevision partial = existing.flatMap(SourceRevision::stampOf)
                .flatMap(old -> PartialStamp.of(old, file.revision(), file, exported, settled)).orElse(null);
        return new ImportStamp(partial, held);
    }

    /**
     * The sections the translation leaves out as the export allowed it: a section it had none of, whose target comes
     * back empty (or as a copy of its source). The export marks such a unit to translate and says to leave it empty to
     * keep the section out; left so, it is the translator's answer, not work still to do: a stamped translation without
     * that section is current too, so it keeps the import from stamping no more than it keeps the report from saying
     * current.
     */
    private static Set<String> leftOut(XliffFile file, Map<String, TaggedText> targets) {
        return file.optional().stream().filter(id -> targets.containsKey(id) && targets.get(id).isEmpty()).collect(Collectors.toSet());
    }
}
