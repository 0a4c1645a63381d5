package guide.translation.xliff;

import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an import records of the export each unit text came from, and how the record is read back and kept up. */
class ImportedUnitsTest {
    private static final ExportId FIRST = new ExportId("20261206T214012Z-5f3a9c");
    private static final ExportId SECOND = new ExportId("20261206T215203Z-9c1e2f");
    private static final TaggedText OPENING = TaggedText.of("The opening.");
    private static final TaggedText ENDING = TaggedText.of("The ending.");
    private static final TaggedText SAME = TaggedText.of("Unchanged.");

    @Test
    void aTextsHashIsItsWordsAndTagsAsATranslatorChangesThem() {
        assertTrue(ImportedUnits.hash(OPENING).matches("[0-9a-f]{8}"), ImportedUnits.hash(OPENING));
        assertEquals(ImportedUnits.hash(OPENING), ImportedUnits.hash(TaggedText.of("  The\\nopening. ".replace("\\n", "\n"))),
                "white space as a CAT tool wraps it");
        assertNotEquals(ImportedUnits.hash(OPENING), ImportedUnits.hash(ENDING));
    }

    @Test
    void aRecordIsOneExportsWorkAloneWhenItNamesNoOtherExport() {
        ImportedUnits first = ImportedUnits.NONE.after(Optional.of(FIRST), List.of(OPENING, ENDING), List.of(OPENING));
        assertTrue(first.onlyFrom(ExportMark.of(FIRST)));
        assertFalse(first.onlyFrom(ExportMark.of(SECOND)));
        assertTrue(ImportedUnits.NONE.onlyFrom(ExportMark.of(SECOND)), "nothing recorded: no other export's text");
        ImportedUnits both = first.after(Optional.of(SECOND), List.of(OPENING, ENDING), List.of(ENDING));
        assertFalse(both.onlyFrom(ExportMark.of(SECOND)), "the first export's opening stays");
        assertFalse(both.onlyFrom(ExportMark.of(FIRST)));
    }

    @Test
    void anImportRecordsTheTextsItsFileChangedAsThatExports() {
        ImportedUnits after = ImportedUnits.NONE.after(Optional.of(FIRST), List.of(OPENING, SAME, ENDING), List.of(OPENING, ENDING));
        assertEquals(Optional.of(FIRST), after.origin(OPENING));
        assertEquals(Optional.of(FIRST), after.origin(ENDING));
        assertEquals(Optional.empty(), after.origin(SAME), "a unit the file left as exported is no import's work");
        assertEquals(FIRST + ":" + List.of(ImportedUnits.hash(OPENING), ImportedUnits.hash(ENDING)).stream().sorted()
                .reduce((a, b) -> a + "," + b).orElseThrow(), after.value());
    }

    @Test
    void aLaterImportKeepsWhatIsStillThereAndTakesOverWhatItChanged() {
        ImportedUnits first = ImportedUnits.NONE.after(Optional.of(FIRST), List.of(OPENING, ENDING), List.of(OPENING, ENDING));
        TaggedText reworded = TaggedText.of("The ending, reworded.");
        ImportedUnits second = first.after(Optional.of(SECOND), List.of(OPENING, reworded), List.of(reworded));
        assertEquals(Optional.of(FIRST), second.origin(OPENING));
        assertEquals(Optional.of(SECOND), second.origin(reworded));
        assertEquals(Optional.empty(), second.origin(ENDING), "gone from the translation, gone from the record");
        assertEquals(FIRST + ":" + ImportedUnits.hash(OPENING) + " " + SECOND + ":" + ImportedUnits.hash(reworded), second.value(),
                "each export in the order of its id");
        assertEquals(Optional.of(SECOND), first.after(Optional.of(SECOND), List.of(OPENING), List.of(OPENING)).origin(OPENING),
                "the same text imported again from another export is that export's now");
    }

    @Test
    void aFileWithoutAnIdRecordsNothingNewAndAnEmptyTextNothingAtAll() {
        ImportedUnits first = ImportedUnits.NONE.after(Optional.of(FIRST), List.of(OPENING), List.of(OPENING));
        assertEquals(first, first.after(Optional.empty(), List.of(OPENING, ENDING), List.of(ENDING)));
        assertEquals("", ImportedUnits.NONE.after(Optional.of(FIRST), List.of(TaggedText.of("")), List.of(TaggedText.of(""))).value(),
                "a section left out, its target empty");
    }

    @Test
    void theHeaderLineIsReadBackAndWhatCannotBeReadIsLeftOut() {
        String line = FIRST + ":" + ImportedUnits.hash(OPENING) + "," + ImportedUnits.hash(ENDING) + "  " + SECOND + ":" + ImportedUnits.hash(SAME);
        ImportedUnits read = ImportedUnits.parse(line);
        assertEquals(Optional.of(FIRST), read.origin(ENDING));
        assertEquals(Optional.of(SECOND), read.origin(SAME));
        ImportedUnits damaged = ImportedUnits.parse("nonsense " + FIRST + ":" + ImportedUnits.hash(OPENING) + ",XYZ :" + ImportedUnits.hash(ENDING)
                + " 2026:" + ImportedUnits.hash(SAME) + " " + SECOND + ImportedUnits.hash(SAME));
        assertEquals(Map.of(ImportedUnits.hash(OPENING), FIRST), damaged.origins());
        assertEquals(Optional.of(SECOND), ImportedUnits.of(TestDocument.article("en", "a").header(ImportedUnits.KEY, line).build()).origin(SAME));
        assertEquals(Map.of(), ImportedUnits.of(TestDocument.article("en", "a").build()).origins());
    }
}
