package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.translation.SourceRevision;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lastImport= line without a project: what it reads, what an import writes, and when it tells a file's own earlier import from
 * other work. The command-line tests (XliffStampSinceExportTest, XliffTextSinceExportTest) show the same on real files, too slowly
 * for mutation testing.
 */
class LastImportTest {
    private static final ExportId OWN = new ExportId("20261206T222117Z-75a64e");
    private static final ExportId OTHER = new ExportId("20261206T214012Z-5f3a9c");
    private static final ContentDocument EXPORTED = TestDocument.article("pl", "zrodlo").key("k").body("Pierwszy.\n").build();
    private static final SourceRevision DONE = SourceRevision.of(EXPORTED).to("en");
    private static final String TEXT = "First.\n";

    private static XliffFile file(Optional<ExportId> id) {
        return new XliffFile(Path.of("f.xlf"), 1, new XliffFile.LanguageLines(2, 2), "content/pl/zrodlo.md", "pl", "en", "content/en/target.md",
                "k", SourceRevision.of(EXPORTED), null, List.of(), Set.of(), Map.of(), Optional.empty(), Optional.empty(), id, Optional.empty());
    }

    /** A file whose export id was damaged to {@code written} (JSON text), imported with --ignore-damaged-export-id. */
    private static XliffFile damaged(String written) {
        return new XliffFile(Path.of("f.xlf"), 1, new XliffFile.LanguageLines(2, 2), "content/pl/zrodlo.md", "pl", "en", "content/en/target.md",
                "k", SourceRevision.of(EXPORTED), null, List.of(), Set.of(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new DamagedExportId(written, 6)));
    }

    /** The translation with {@code body} under {@code stamp}, its header recording {@code line} as lastImport= when not null. */
    private static ContentDocument translation(SourceRevision stamp, String body, String line) {
        TestDocument doc = TestDocument.article("en", "target").key("k").body(body).header(SourceRevision.KEY, stamp.toString());
        return (line == null ? doc : doc.header(LastImport.KEY, line)).build();
    }

    /** The line an import of {@code id} that wrote {@link #TEXT} leaves. */
    private static String wrote(ExportId id) {
        return id.value() + ":" + TranslationText.hash(translation(DONE, TEXT, null));
    }

    @Test
    void aLineIsAnExportIdAndTwelveHexDigits() {
        assertEquals(Optional.of(new LastImport(ExportMark.of(OWN), "9a0fee88c1d2")), LastImport.parse(" 20261206T222117Z-75a64e:9a0fee88c1d2 "));
        assertEquals("20261206T222117Z-75a64e:9a0fee88c1d2", new LastImport(ExportMark.of(OWN), "9a0fee88c1d2").value());
        for (String damaged : List.of("20261206T222117Z-75a:9a0fee88c1d2", "20261206T222117Z-75a64e:9a0fee88c1d", "20261206T222117Z-75a64e:9A0FEE88C1D2",
                "20261206T222117Z-75a64e 9a0fee88c1d2", "20261206T222117Z-75a64e:9a0fee88c1d2 x", "")) {
            assertEquals(Optional.empty(), LastImport.parse(damaged), damaged);
        }
        assertEquals(Optional.of(new LastImport(new ExportMark("20261206T222117Z-75a64"), "9a0fee88c1d2")),
                LastImport.parse("20261206T222117Z-75a64:9a0fee88c1d2"), "as the import of a file whose id lost its last digit writes it");
        assertEquals(Optional.empty(), LastImport.of(translation(DONE, TEXT, null)), "no line");
        assertEquals(LastImport.parse(wrote(OWN)), LastImport.of(translation(DONE, TEXT, wrote(OWN))));
    }

    @Test
    void anImportThatStampsRecordsItsExportAndTheTextItWrote() {
        TestDocument page = TestDocument.article("en", "target").body(TEXT);
        String written = page.fileText();
        assertEquals(OWN.value() + ":" + TranslationText.hash(page.build()), LastImport.after(file(Optional.of(OWN)), true, written),
                "the text as the file has it, as the build reads it");
        assertEquals("", LastImport.after(file(Optional.of(OWN)), false, written), "a unit text another export's import recorded stays: not this file's work alone");
        assertEquals("", LastImport.after(file(Optional.empty()), true, written), "a file without an id");
    }

    @Test
    void aTranslationAsItsOwnImportLeftItIsToldApart() {
        XliffFile own = file(Optional.of(OWN));
        assertTrue(LastImport.leftBy(own, translation(DONE, TEXT, wrote(OWN))));
        assertFalse(LastImport.leftBy(own, translation(DONE, TEXT, wrote(OTHER))), "another export's import");
        assertFalse(LastImport.leftBy(own, translation(DONE, "First, by hand.\n", wrote(OWN))), "edited since");
        assertFalse(LastImport.leftBy(own, translation(DONE.to("de"), TEXT, wrote(OWN))), "stamped otherwise since");
        assertFalse(LastImport.leftBy(own, translation(DONE, TEXT, null)), "no line");
        assertFalse(LastImport.leftBy(file(Optional.empty()), translation(DONE, TEXT, wrote(OWN))), "a file without an id");
    }

    @Test
    void aFileWhoseIdWasDamagedIsToldApartByWhatIsLeftOfIt() {
        XliffFile cut = damaged("\"20261206T222117Z-75a64\"");
        String written = TestDocument.article("en", "target").body(TEXT).fileText();
        String line = LastImport.after(cut, true, written);
        assertEquals("20261206T222117Z-75a64:" + TranslationText.hash(translation(DONE, TEXT, null)), line);
        assertTrue(LastImport.leftBy(cut, translation(DONE, TEXT, line)), "a corrected copy of the same file");
        assertFalse(LastImport.leftBy(cut, translation(DONE, TEXT, wrote(OWN))), "the undamaged file's import: not told apart from another's");
        assertFalse(LastImport.leftBy(damaged("\"20261206T222117Z-75a63\""), translation(DONE, TEXT, line)), "another export, damaged too");
        assertEquals(Optional.of("this file was imported, and the translation was edited after that"),
                LastImport.since(cut, translation(DONE, "First, by hand.\n", line)));
        assertEquals(Optional.of("the import of another export (made 2026-12-06 21:40 UTC) wrote its text"),
                LastImport.since(cut, translation(DONE, TEXT, wrote(OTHER))));

        XliffFile blank = damaged("20261206");
        assertEquals("", LastImport.after(blank, true, written), "nothing left names the export: no line");
        assertFalse(LastImport.leftBy(blank, translation(DONE, TEXT, line)));
        assertEquals(Optional.empty(), LastImport.since(blank, translation(DONE, TEXT, wrote(OTHER))));
    }

    @Test
    void theLineSaysWhoChangedTheTranslationSinceTheExport() {
        XliffFile own = file(Optional.of(OWN));
        assertEquals(Optional.of("the import of another export (made 2026-12-06 21:40 UTC) wrote its text"),
                LastImport.since(own, translation(DONE, TEXT, wrote(OTHER))));
        assertEquals(Optional.empty(), LastImport.since(own, translation(DONE, "First, by hand.\n", wrote(OTHER))),
                "the other import's text was edited since: the line does not say by whom");
        assertEquals(Optional.of("this file was imported, and the translation was edited after that"),
                LastImport.since(own, translation(DONE, "First, by hand.\n", wrote(OWN))));
        assertEquals(Optional.of("this file was imported, and the translation was stamped again after that"),
                LastImport.since(own, translation(DONE.to("de"), TEXT, wrote(OWN))));
        assertEquals(Optional.empty(), LastImport.since(own, translation(DONE, TEXT, null)), "no line");
        assertEquals(Optional.empty(), LastImport.since(file(Optional.empty()), translation(DONE, TEXT, wrote(OTHER))), "no id");
    }

    @Test
    void aDamagedIdIsRefusedAtItsLineWithWhatToDo() {
        String said = new DamagedExportId("\"2026\"", 6).refusal(Path.of("f.xlf"), ImportWords.command()).toString();
        assertTrue(said.startsWith("f.xlf:6: the export id in this file's skeleton (\"exportId\": \"2026\") is damaged"), said);
        assertTrue(said.endsWith("or import it with --ignore-damaged-export-id: its units are then not compared with other files' imports"),
                said);
    }
}
