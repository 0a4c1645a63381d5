package guide.translation.xliff;

import java.util.Optional;

/**
 * What names the export an XLIFF file came from in a translation's {@link LastImport} line: the file's {@link ExportId}, or, for an
 * id edited outside a CAT tool ({@link DamagedExportId}), what is left of it while that still names the export: its time to the
 * second and at least four of its six random digits ({@code 20261207T010039Z-2005f} after the last digit was deleted). Copies of one
 * file carry the same damage, as CAT tools carry the skeleton through untouched, so a corrected copy is still known as the file
 * whose import wrote the translation; another export differs in its time or its digits. With less left ({@code 20261206},
 * {@code ""}) two files could share what they have, so such a file has no mark, and its import records none.
 *
 * <p>The odds of a wrong match ({@link #isLeftOf}): another export is taken for the recorded one only when its id has the same
 * second and begins with the recorded digits. Its digits are {@link java.security.SecureRandom}'s ({@link ExportId#next}), so with
 * the fewest digits a mark keeps, four, that is 1 in 16<sup>4</sup> = 65,536 for each other export made in that same second, and
 * 1 in 16<sup>6</sup> = 16,777,216 with the whole id recorded. And it matters only for an export of the same page into the same
 * language (the line is in that translation's header) whose revision is the stamp the recorded import wrote, while the text is
 * still as that import wrote it ({@link LastImport#leftBy}): two such exports within one second are two runs of a script, not an
 * editor's work. A wrong match would let that file replace the text the recorded export's import wrote without the refusal
 * that says so ("the import of another export (made …) wrote its text").
 *
 * @param value the id, or what is left of it: {@code 20261207T010039Z-2005f}, of the form {@link ExportIdForm#MARK}
 */
record ExportMark(String value) {
    ExportMark {
        ExportIdForm.MARK.require(value, "an export mark");
    }

    /** The mark of an export with an id. */
    static ExportMark of(ExportId id) {
        return new ExportMark(id.value());
    }

    /** {@code file}'s mark: its id's, or what names its export in a damaged id; empty when it has neither. */
    static Optional<ExportMark> of(XliffFile file) {
        return file.exportId().map(ExportMark::of).or(() -> file.damagedExportId().flatMap(d -> in(d.written())));
    }

    /** The mark in a damaged id as the file has it ({@code "x20261207T010039Z-2005f2"}, JSON text), or empty when none is left. */
    static Optional<ExportMark> in(String damaged) {
        return ExportIdForm.MARK.firstIn(damaged).map(ExportMark::new);
    }

    /** The mark {@code text} is, as a header line records it, or empty when it is not one. */
    static Optional<ExportMark> parse(String text) {
        return ExportIdForm.MARK.matches(text) ? Optional.of(new ExportMark(text)) : Optional.empty();
    }

    /** True when this is the mark of the export {@code id}. */
    boolean names(ExportId id) {
        return value.equals(id.value());
    }

    /**
     * True when this mark, recorded by an earlier import, names the export of a file whose mark is {@code file}: the same mark, or
     * what is left of it, the same time and the first of its digits ({@code 20261207T010039Z-2005f} recorded by the import of a file
     * whose id was damaged, and {@code 20261207T010039Z-2005f2} in a copy of it with the id put back). What is left holds at least
     * four digits, as any mark does, so it tells the export apart as the damaged copies' own mark does; digits that differ, or a
     * digit deleted from the middle (no longer the first digits), name another export. Not the other way round: a file whose id
     * has lost digits since does not name the export of a whole id recorded before, since another export's id, damaged alike,
     * would be left the same.
     */
    boolean isLeftOf(ExportMark file) {
        return file.value.startsWith(value);
    }

    /** When the export was made, as messages say it: {@code 2026-12-07 01:00 UTC}. */
    String when() {
        return ExportIdForm.when(value);
    }
}
