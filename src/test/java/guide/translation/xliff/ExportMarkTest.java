package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What names a file's export for the lastImport= line: its id, or what is left of a damaged one while that still names it. */
class ExportMarkTest {
    private static final ExportId ID = new ExportId("20261207T010039Z-2005f2");

    @Test
    void aDamagedIdStillNamesItsExportWithItsTimeAndFourOfItsDigits() {
        assertEquals(Optional.of(new ExportMark("20261207T010039Z-2005f")), ExportMark.in("\"20261207T010039Z-2005f\""), "its last digit deleted");
        assertEquals(Optional.of(ExportMark.of(ID)), ExportMark.in("\"x20261207T010039Z-2005f2\""), "a letter typed before it");
        assertEquals(Optional.of(new ExportMark("20261207T010039Z-2005")), ExportMark.in("\"20261207T010039Z-2005\""));
        assertEquals(Optional.of(ExportMark.of(ID)), ExportMark.in("\"20261207T010039Z-2005f2a\""), "six digits at most");
        assertEquals(Optional.of(ExportMark.of(ID)), ExportMark.in("\"20261399T000000Z-aaaa 20261207T010039Z-2005f2\""),
                "the first that is a real time");
        for (String nothingLeft : List.of("20261206", "\"\"", "null", "\"20261207T010039Z-200\"", "\"20261207T010039Z\"",
                "\"20261307T010039Z-2005f2\"", "\"20261207T010039-2005f2\"")) {
            assertEquals(Optional.empty(), ExportMark.in(nothingLeft), nothingLeft);
        }
    }

    @Test
    void aMarkIsReadBackAsWrittenAndNamesOnlyItsOwnExport() {
        assertEquals(Optional.of(new ExportMark("20261207T010039Z-2005f")), ExportMark.parse("20261207T010039Z-2005f"));
        for (String not : List.of("20261207T010039Z-200", "20261207T010039Z-2005f2a", "x20261207T010039Z-2005f", "20261232T010039Z-2005f", "")) {
            assertEquals(Optional.empty(), ExportMark.parse(not), not);
        }
        assertThrows(IllegalArgumentException.class, () -> new ExportMark("20261207T010039Z-20"));
        assertThrows(IllegalArgumentException.class, () -> new ExportMark("20261232T010039Z-2005"));
        assertTrue(ExportMark.of(ID).names(ID));
        assertFalse(new ExportMark("20261207T010039Z-2005f").names(ID), "what is left of it is not the whole id");
        assertEquals("2026-12-07 01:00 UTC", new ExportMark("20261207T010039Z-2005f").when());
    }

    @Test
    void whatIsLeftOfAnIdNamesTheExportOfTheWholeIdAndNoOther() {
        ExportMark whole = ExportMark.of(ID);
        assertTrue(new ExportMark("20261207T010039Z-2005f").isLeftOf(whole), "recorded with its last digit deleted, then the id put back");
        assertTrue(new ExportMark("20261207T010039Z-2005").isLeftOf(whole), "four digits left");
        assertTrue(whole.isLeftOf(ExportMark.of(ID)));
        assertFalse(whole.isLeftOf(new ExportMark("20261207T010039Z-2005f")), "a whole id recorded, a damaged one in the file: not told apart"
                + " from another export's damaged alike");
        assertFalse(new ExportMark("20261207T010039Z-2005f3").isLeftOf(whole), "another export of the same second");
        assertFalse(new ExportMark("20261207T010039Z-205f2").isLeftOf(whole), "a digit deleted from the middle: no longer its first digits");
        assertFalse(new ExportMark("20261207T010040Z-2005f").isLeftOf(whole), "another second");
    }
}
