package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.site.Problem;
import guide.translation.SourceRevision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A translation stamped after an XLIFF file was exported: someone imported another file or translated by hand and ran
 * {@code ./guide translations stamp} since. An import of the file would replace that work with the file's targets, and nothing
 * would say so. The file records the translation's stamp at export ({@link XliffFile#translationStamp}); the stamp has moved
 * since when it is another now that covers newer text ({@link #movedSince}). Not so for a stamp moved only for some blocks, which
 * keeps its whole-text hash: that is what an import of a file that still marks units to review leaves, and importing the same file
 * again once they are done is how such a translation is finished. Two exports of the same revision are the same file but for their
 * id, so a translation still as this file's own complete import left it ({@link LastImport#leftBy}) is no work since: the file,
 * corrected, imports again; the line also names the other export in the refusal when another's import stamped or changed it.
 * A stamp that has not moved does not say the text has not: a translation current at both exports of one revision keeps its stamp
 * through the first file's import, and a hand edit not stamped yet leaves it as it was. So the file also records a hash of the
 * translation's text at export ({@link TranslationText}), and a text changed since is refused alike ({@link #editedSince}), with the
 * same exemption for a stamp moved only for some blocks, narrowed to what the file would put back ({@link RevertedWork}); a
 * translation with no stamp now (a new page imported with units left to review) is not checked, as before.
 * A file exported before the export recorded the stamp is judged by what its stamp covers, for a source changed since the
 * export: the stamp is newer when it is the source's revision now, or has a block (or the summary) that the source has now and
 * the export had not; a stamp from before the export has none, unless the text was taken out and put back since, and neither
 * has one the same file's earlier import left, moved on only for the units then done.
 * The import then refuses the file unless the editor confirms with {@code --replace-newer}, and keeps the text it replaces in
 * {@code target/replaced/} ({@link #backup}): the work done since may not be committed, so git alone could not give it back.
 * An import that would leave the translation as it is replaces nothing, and is not refused ({@link XliffImporter}).
 *
 * @param stamp    the translation's stamp, as its header has it
 * @param exported the source revision the file was exported from
 * @param recorded the translation's stamp at export as the file records it, when that record found the stamp moved and what the
 *                 stamp covers did not; else empty
 * @param changed  true when the source has changed since the export (the import then needs --force as well)
 * @param edited   true when the stamp has not moved but the text has ({@link #editedSince}); {@code recorded} is then empty
 * @param reverted where the text was found changed under a stamp that alone does not tell ({@link RevertedWork}): the first unit
 *                 the file leaves as exported that reads otherwise now, and the other export whose import wrote its text when
 *                 known ({@link #reverted}); else empty
 * @param since    who changed the translation since the export, when its {@link LastImport} line tells ({@link LastImport#since}):
 *                 "the import of another export (made 2026-12-06 22:21 UTC) wrote its text"; else empty
 */
record NewerStamp(SourceRevision stamp, SourceRevision exported, Optional<String> recorded, boolean changed, boolean edited,
                  Optional<Reverted> reverted, Optional<String> since) {
    /**
     * A unit the file leaves as exported whose text the translation has changed since ({@link RevertedWork}).
     *
     * @param unit   the unit's label, as messages name it
     * @param origin the other export whose import wrote its text now, when the translation's header records one ({@link ImportedUnits})
     */
    record Reverted(String unit, Optional<ExportId> origin) {
        String said() {
            return unit + ", which this file leaves as it was exported, reads otherwise now"
                    + origin.map(id -> ": its text comes from the import of another export (made " + id.when() + ")").orElse("");
        }
    }

    /** Where a replaced translation is kept, in the project. */
    static final String FOLDER = "target/replaced";

    /** @param counterparts the translation's units matched with the file's ({@link UnitCounterparts#once}), asked only when needed */
    static Optional<NewerStamp> of(XliffFile file, ContentDocument source, Optional<ContentDocument> existing, Supplier<UnitCounterparts> counterparts) {
        SourceRevision now = SourceRevision.of(source);
        SourceRevision exported = file.revision();
        boolean changed = exported.behind(now);
        Optional<SourceRevision> stamp = existing.flatMap(SourceRevision::stampOf);
        if (stamp.isEmpty() || LastImport.leftBy(file, existing.get())) { // as this file's own import left it: no work since
            return Optional.empty();
        }
        Optional<String> since = LastImport.since(file, existing.get());
        if (changed && newer(stamp.get(), exported, now)) { // said so: the stamp covers text the export had not
            return Optional.of(new NewerStamp(stamp.get(), exported, Optional.empty(), true, false, Optional.empty(), since));
        }
        String written = existing.map(XliffExporter::stampAsWritten).orElseThrow();
        SourceRevision done = exported.to(file.targetLang());
        Optional<NewerStamp> moved = file.translationStamp().filter(recorded -> movedSince(recorded, written, stamp.get(), done, now))
                .map(recorded -> new NewerStamp(stamp.get(), exported, Optional.of(recorded), changed, false, Optional.empty(), since));
        if (moved.isPresent()) {
            return moved;
        }
        String text = TranslationText.hash(existing.get());
        if (file.translationText().isEmpty() || file.translationText().get().equals(text)) {
            return Optional.empty();
        }
        boolean told = editedSince(file.translationStamp(), stamp.get(), done);
        Optional<Reverted> reverted = told ? Optional.empty() : reverted(file, existing.get(), counterparts);
        return told || reverted.isPresent() ? Optional.of(new NewerStamp(stamp.get(), exported, Optional.empty(), changed, true, reverted,
                since)) : Optional.empty();
    }

    /**
     * The first unit the file leaves as exported whose text the translation has changed since ({@link RevertedWork}), as the
     * refusal names it, with the export whose import wrote that text when the translation's header records one other than this
     * file's ({@link ImportedUnits}), as the refusal of an overlapping unit does ({@link OverlappingWork}); empty when there is none.
     */
    private static Optional<Reverted> reverted(XliffFile file, ContentDocument translation, Supplier<UnitCounterparts> counterparts) {
        if (file.exported().isEmpty()) {
            return Optional.empty();
        }
        UnitCounterparts now = counterparts.get();
        ImportedUnits record = ImportedUnits.of(translation);
        return RevertedWork.first(file, now).map(unit -> new Reverted(unit.label(), now.of(unit).flatMap(u -> record.origin(u.target()))
                .filter(id -> !file.exportId().equals(Optional.of(id)))));
    }

    /**
     * For a translation whose text is not the one the file was exported with ({@link TranslationText}): true when that alone is
     * work the import would replace, so when its stamp has not moved since (a stamp that has is judged by {@link #movedSince}).
     * Not so while the translation is not stamped with the export's revision and keeps the recorded stamp's whole-text hash: an
     * import of a file that still marks units to review leaves the stamp so, moved on only for some blocks, or not at all when
     * every unit it marks done was unchanged since the stamp (it may still have changed their text), and importing the same file
     * again once the units are done is how such a translation is finished. Then the text counts as edited only where the import
     * would put back what the file's export wrote, over a unit changed since ({@link RevertedWork}): a hand edit of a translation
     * outdated at export, or another file's import of units this file leaves as they were.
     */
    private static boolean editedSince(Optional<String> recordedStamp, SourceRevision stamp, SourceRevision done) {
        Optional<SourceRevision> before = recordedStamp.flatMap(SourceRevision::parse);
        return before.isEmpty() || !before.get().hash().equals(stamp.hash()) || stamp.equals(done);
    }

    /**
     * True when the stamp is not the one the file recorded and covers text the recorded one did not: it is the export's revision
     * or the source's now, or has a block of either that the recorded stamp had not. Not so for a stamp moved only for some blocks
     * from the recorded one (the same whole-text hash, and not the export's whole revision): the partial stamp of an import of a
     * file that left units to review. Nor for a stamp edited by hand to an older or broken one, which covers nothing new.
     */
    private static boolean movedSince(String recorded, String written, SourceRevision stamp, SourceRevision done, SourceRevision now) {
        if (recorded.equals(written)) {
            return false;
        }
        Optional<SourceRevision> before = SourceRevision.parse(recorded);
        if (before.isPresent() && before.get().hash().equals(stamp.hash()) && !stamp.equals(done)) {
            return false;
        }
        if (stamp.hash().equals(done.hash()) || stamp.hash().equals(now.hash())) {
            return true;
        }
        List<String> had = before.map(SourceRevision::blocks).orElse(List.of());
        return stamp.blocks().stream().anyMatch(b -> (done.blocks().contains(b) || now.blocks().contains(b)) && !had.contains(b));
    }

    private static boolean newer(SourceRevision stamp, SourceRevision exported, SourceRevision now) {
        if (stamp.hash().equals(exported.hash()) && !exported.summaryChanged(stamp)) {
            return false;
        }
        if (stamp.hash().equals(now.hash())) {
            return true;
        }
        boolean block = stamp.blocks().stream().anyMatch(b -> now.blocks().contains(b) && !exported.blocks().contains(b));
        boolean summary = stamp.summary() != null && now.summary() != null && exported.summary() != null
                && stamp.summary().equals(now.summary()) && !stamp.summary().equals(exported.summary());
        return block || summary;
    }

    /** The refusal, at the file's first line. */
    Problem refusal(XliffFile file, String translation, String backup, ImportWords words) {
        return new Problem(file.file(), 1, translation + what() + "."
                + " Keep both: " + words.exportAgain() + " (the new file holds the translation as it is now) and copy into it what this file"
                + " has that it lacks. To replace the translation with this file all the same, " + (changed ? words.replaceNewer() : words.replaceSince())
                + "; the text it replaces is kept in " + backup + ".");
    }

    /** What the refusal says happened to the translation since the export. */
    private String what() {
        String holds = "), so the translation holds work this file does not have, which importing it would replace with this file's text";
        if (edited) { // once the refusal names the export whose import changed the text, what else may have is not said
            return " was changed after this file was exported: its text is not the one this file was exported with"
                    + reverted.map(u -> " (" + u.said() + ")").orElse("") + ", though its stamp is still " + shown(stamp)
                    + (reverted.flatMap(Reverted::origin).isPresent() ? holds.substring(1) : " (since then " + since("edited") + holds);
        }
        return " was stamped after this file was exported" + recorded.map(r -> ": " + then(r) + shown(stamp) + " now (since then " + since("stamped")
                        + holds)
                .orElse(": its stamp is " + shown(stamp) + ", this file is from " + shown(exported) + since.map(s -> " (since then " + s + ")").orElse("")
                        + ", so the translation holds work done since on the source's newer text, which importing this file would replace with"
                        + " the file's older text (and the stamp would go back to " + shown(exported) + ")");
    }

    /** Who changed the translation since the export: named when its {@link LastImport} line tells, else the cases there may be. */
    private String since(String verb) {
        return since.orElse("another file was imported, perhaps another export of the same revision, or the translation was " + verb);
    }

    /**
     * The translation's stamp at export, as the file records it, leading to its stamp now: "its stamp was pl 9bd1… then and is ".
     * A record that is neither a stamp nor {@code none} was edited or damaged in the file (CAT tools leave the skeleton alone):
     * said so, not taken for "no stamp".
     */
    private static String then(String recorded) {
        return SourceRevision.parse(recorded).map(s -> "its stamp was " + shown(s) + " then and is ")
                .orElse(XliffDocument.NO_STAMP.equals(recorded) ? "it had no stamp then and is stamped "
                        : "the stamp this file records from its export (\"" + recorded + "\") cannot be read (was the file edited outside a CAT"
                        + " tool?), and the translation is stamped ");
    }

    /** The note after an import that replaced newer work: where its text is. */
    String note(String translation, String backup) {
        String when = edited ? "changed after the file's export, its stamp still " + shown(stamp)
                : "stamped " + shown(stamp) + recorded.map(r -> " after the file's export, when " + SourceRevision.parse(r)
                        .map(s -> "it was stamped " + shown(s)).orElse(XliffDocument.NO_STAMP.equals(r) ? "it had no stamp"
                                : "its stamp is unreadable in the file")).orElse(", after the file's export from " + shown(exported));
        return translation + ": the text this import replaced (" + when + ") is kept in " + backup
                + ": compare it with the new text and copy back what is still right";
    }

    /**
     * Where the translation's text is kept when it is replaced, in the project: its path under {@link #FOLDER}, named with its
     * stamp's hash ({@code target/replaced/content/en/about.44d700f2870c.md}); a number added when a file of that name holds
     * another text, so no earlier copy is written over.
     */
    Path backup(Path projectDir, String translation, String text) {
        return backup(projectDir, translation, text, stamp.hash());
    }

    /** As {@link #backup(Path, String, String)}, the copy named with {@code tag} rather than the stamp's hash. */
    static Path backup(Path projectDir, String translation, String text, String tag) {
        Path shown = Path.of(translation);
        String name = shown.getFileName().toString().replaceFirst("\\.md$", "") + "." + tag;
        Path folder = shown.getParent() == null ? Path.of(FOLDER) : Path.of(FOLDER).resolve(shown.getParent());
        for (int n = 1; ; n++) {
            Path kept = folder.resolve(name + (n == 1 ? "" : "." + n) + ".md");
            Path file = projectDir.resolve(kept);
            try {
                if (!Files.exists(file) || Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                    return kept;
                }
            } catch (IOException e) {
                // unreadable: not this one
            }
        }
    }

    private static String shown(SourceRevision revision) {
        return revision.lang() + " " + revision.hash();
    }
}
