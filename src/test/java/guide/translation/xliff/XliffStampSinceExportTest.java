package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people export the same revision of a page (an agency and an in-house translator), the in-house file is imported, then the
 * agency's: the source has not changed, so no --force is asked, and the agency's text would replace the in-house work without a
 * word. Each file records the translation's stamp at its export, so the import sees that the stamp moved since.
 */
class XliffStampSinceExportTest {
    private static final String NEW_PL = "Akapit dopisany przed eksportem.";

    @TempDir
    Path project;
    Path agency;
    Path inHouse;
    Path translation;
    String stampAtExport;

    @BeforeEach
    void exportTheSameRevisionTwice() throws IOException {
        XliffFixture.fixtureProject(project);
        translation = project.resolve("content/en/test-article.md");
        stampAtExport = stamp(read(translation));
        Path source = project.resolve("content/pl/artykul-testowy.md");
        XliffFixture.write(source, read(source).replace("\n<div style", "\n" + NEW_PL + "\n\n<div style")
                .replace("- punkt pierwszy\n", "- punkt pierwszy, poprawiony\n"));
        agency = XliffFixture.export(project, "agency");
        inHouse = XliffFixture.export(project, "in-house");
        assertEquals(XliffFixture.withoutExportId(read(agency)), XliffFixture.withoutExportId(read(inHouse)), "two exports of one revision are the same file, but for its export id");
    }

    @Test
    void theSecondFileOfTheSameRevisionIsRefusedAfterTheFirstWasImported() throws IOException {
        translate(inHouse, "The in-house translation of the new paragraph.", true);
        translate(agency, "The agency's translation of the new paragraph.", true);
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code());
        String stampNow = stamp(read(translation));
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString());
        assertEquals(1, run.code(), run.out());
        assertEquals(agency + ":1: content/en/test-article.md was stamped after this file was exported: its stamp was " + stampAtExport
                + " then and is " + stampNow + " now (since then the import of another export (made " + XliffFixture.exportedAt(inHouse)
                + ") wrote its text), so the translation holds work this file does not have, which importing it would replace with this"
                + " file's text. Keep both: export it again (the new file holds the translation as it is now) and copy into it what this file has"
                + " that it lacks. To replace the translation with this file all the same, import it with --replace-newer; the text it replaces is"
                + " kept in target/replaced/content/en/test-article." + stampNow.substring(3) + ".md.\n"
                + "Nothing imported: 1 problem; content/ was left as it was.\n", run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the in-house work is still there");
    }

    @Test
    void theSameFileCorrectedAfterItsCompleteImportGoesIn() throws IOException {
        translate(inHouse, "The in-house translation of the new paragrpah.", true);
        XliffFixture.Run first = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, first.code(), first.err());

        translate(inHouse, "The in-house translation of the new paragraph.", true);
        XliffFixture.Run again = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, again.code(), "the text is this file's own import: " + again.err());
        assertTrue(read(translation).contains("The in-house translation of the new paragraph.\n"), read(translation));
        assertFalse(Files.exists(project.resolve("target/replaced")));
    }

    @Test
    void theCompleteImportRecordsItsExportAndTheStampKeepsTheRecord() throws IOException {
        translate(inHouse, "The in-house translation of the new paragraph.", true);
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code());
        String record = "\nlastImport=" + XliffFixture.exportId(inHouse) + ":";
        assertTrue(read(translation).matches("(?s).*" + record + "[0-9a-f]{12}\n.*"), read(translation));
        assertFalse(read(translation).contains("importedFrom="), "stamped: no unit text left to tell apart");

        // A guard from here: the stamp never took out lines other than importedFrom=, and must keep this one.
        XliffFixture.write(translation, read(translation).replaceFirst("sourceRevision=[^\n]*", "sourceRevision=pl 000000000000"));
        assertEquals(0, XliffFixture.guide(project, "translations", "stamp", "content/en/test-article.md").code());
        assertTrue(read(translation).contains(record), "a stamp keeps the line: " + read(translation));
    }

    @Test
    void aHandEditAfterTheCompleteImportIsStillRefusedAndSaidSo() throws IOException {
        translate(inHouse, "The in-house translation of the new paragraph.", true);
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code());
        XliffFixture.write(translation, read(translation).replace("The in-house translation", "The translation, edited by hand,"));
        assertCorrectionRefusedAsEdited("The in-house translation of the new paragraph, corrected.");
    }

    @Test
    void aMergeThatKeepsOneImportsLastImportLineOverTheOthersTextLetsNoFileReplaceIt() throws IOException {
        // A guard for the advice a merge conflict on lastImport= gives (MergeConflicts): keeping either line is safe.
        String atExport = read(translation);
        translate(inHouse, "The in-house translation of the new paragraph.", true);
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code());
        String inHouseLine = read(translation).replaceFirst("(?s).*\n(lastImport=[^\n]*)\n.*", "$1");
        XliffFixture.write(translation, atExport); // the agency's branch
        translate(agency, "The agency's translation of the new paragraph.", true);
        assertEquals(0, XliffFixture.guide(project, "translations", "import", agency.toString()).code());
        XliffFixture.write(translation, read(translation).replaceFirst("lastImport=[^\n]*", inHouseLine)); // merged: HEAD's line kept
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        translate(inHouse, "The in-house translation of the new paragraph, corrected.", true);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(1, run.code(), "the agency's text is not what the in-house import wrote: " + run.out());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the agency's work is still there");
    }

    @Test
    void aStampRecordDamagedInTheFileIsNamedAsSuchNotTakenForNoStamp() throws IOException {
        translate(inHouse, "The in-house translation of the new paragraph.", true);
        translate(agency, "The agency's translation of the new paragraph.", true);
        XliffFixture.write(agency, read(agency).replaceFirst("\"translationStamp\":\"[^\"]*\"", "\"translationStamp\":\"pl oops\""));
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code());
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().startsWith(agency + ":1: content/en/test-article.md was stamped after this file was exported: the stamp this"
                + " file records from its export (\"pl oops\") cannot be read (was the file edited outside a CAT tool?), and the translation"
                + " is stamped " + stamp(read(translation)) + " now"), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the in-house work is still there");
    }

    @Test
    void confirmedTheSecondFileReplacesTheFirstAndItsTextIsKept() throws IOException {
        translate(inHouse, "The in-house translation of the new paragraph.", true);
        translate(agency, "The agency's translation of the new paragraph.", true);
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code());
        String inHouseText = read(translation);
        String stampNow = stamp(inHouseText);

        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString(), "--replace-newer");
        assertEquals(0, run.code(), run.err());
        assertTrue(read(translation).contains("The agency's translation"), "replaced, as confirmed");
        assertEquals(inHouseText, read(project.resolve("target/replaced/content/en/test-article." + stampNow.substring(3) + ".md")));
        assertTrue(run.out().contains("content/en/test-article.md: the text this import replaced (stamped " + stampNow + " after the file's"
                + " export, when it was stamped " + stampAtExport + ") is kept in target/replaced/content/en/test-article." + stampNow.substring(3)
                + ".md"), run.out());
    }

    @Test
    void theSameFileImportsAgainToFinishWhatItsFirstImportLeftToDo() throws IOException {
        translate(inHouse, "A first draft of the new paragraph.", false);
        String stampLine = stampLine(read(translation));
        XliffFixture.Run first = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("still marked"), "the first import left a unit to do: " + first.out());
        assertFalse(stampLine(read(translation)).equals(stampLine), "the import moved the stamp on for the units it marked done");

        translate(inHouse, "The finished translation of the new paragraph.", true);
        XliffFixture.Run again = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, again.code(), "its own partial stamp is no work done since: " + again.err());
        assertTrue(read(translation).contains("The finished translation"));
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code(),
                "a file whose import changes nothing replaces nothing");
        assertFalse(Files.exists(project.resolve("target/replaced")));
    }

    @Test
    void theSameFileCorrectedAfterItsPartialImportWasStampedByAReviewerGoesIn() throws IOException {
        translate(inHouse, "A first draft of the new paragrpah.", false);
        XliffFixture.Run first = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertTrue(first.out().contains("still marked"), "the first import left a unit to do: " + first.out());
        XliffFixture.Run stamp = XliffFixture.guide(project, "translations", "stamp", "content/en/test-article.md");
        assertEquals(0, stamp.code(), "a reviewer read the draft and marked it current, editing nothing: " + stamp.err());

        translate(inHouse, "The finished translation of the new paragraph.", true);
        XliffFixture.Run again = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, again.code(), "the text is this file's own import, only stamped since: " + again.err());
        assertTrue(read(translation).contains("The finished translation of the new paragraph.\n"), read(translation));
        assertFalse(Files.exists(project.resolve("target/replaced")));
    }

    @Test
    void aHandEditBeforeTheReviewersStampIsStillRefused() throws IOException {
        // Refused before partial imports recorded lastImport= too (a guard for that), but then the refusal could not say by whom.
        translate(inHouse, "A first draft of the new paragraph.", false);
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code());
        XliffFixture.write(translation, read(translation).replace("A first draft", "A draft, edited by hand,"));
        assertEquals(0, XliffFixture.guide(project, "translations", "stamp", "content/en/test-article.md").code());
        assertCorrectionRefusedAsEdited("The finished translation of the new paragraph.");
    }

    @Test
    void theSameFileImportsAgainWhenItsFirstImportChangedTheTextButNotTheStamp() throws IOException {
        String stampLine = stampLine(read(translation));
        XliffFixture.write(inHouse, read(inHouse).replace(">A section with an anchor<", ">A retitled section<")
                .replaceFirst("(<source xml:lang=\"pl\">" + NEW_PL + "</source>\\s*<target xml:lang=\"en\" state=\")[^\"]*\">[^<]*",
                        "$1needs-translation\">A first draft."));
        XliffFixture.Run first = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(read(translation).contains("## A retitled section"));
        assertEquals(stampLine, stampLine(read(translation)), "every unit it marked done was unchanged since the stamp: it stays");

        translate(inHouse, "The finished translation of the new paragraph.", true);
        XliffFixture.Run again = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, again.code(), "the text its own first import wrote is no work done since: " + again.err());
        assertTrue(read(translation).contains("The finished translation"));
    }

    @Test
    void aFileThatRecordsNoStampImportsAsBefore() throws IOException {
        translate(inHouse, "The in-house translation of the new paragraph.", true);
        translate(agency, "The agency's translation of the new paragraph.", true);
        // a file exported before 6 December 2026 (evening) records neither the stamp nor the text (XliffTextSinceExportTest), nor its export
        XliffFixture.write(agency, read(agency).replaceFirst(",?\"translationStamp\":\"[^\"]*\"", "")
                .replaceFirst(",?\"translationText\":\"[^\"]*\"", "").replaceFirst(",?\"exportId\":\"[^\"]*\"", ""));
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code());
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString());
        assertEquals(0, run.code(), "an older guide's export is judged as before: " + run.err());
    }

    /**
     * The in-house file, its new paragraph corrected to {@code words}, imported after a hand edit of the translation its earlier
     * import wrote: refused, saying so, and content/ left as it was.
     */
    private void assertCorrectionRefusedAsEdited(String words) throws IOException {
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        translate(inHouse, words, true);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains(" now (since then this file was imported, and the translation was edited after that), so the translation"
                + " holds work this file does not have"), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the hand edit is still there");
    }

    /** The translator's work: the new paragraph's target, marked translated when {@code done}, and the edited item reviewed. */
    private static void translate(Path xliff, String words, boolean done) throws IOException {
        String text = read(xliff).replaceFirst("(<source xml:lang=\"pl\">" + NEW_PL + "</source>\\s*<target xml:lang=\"en\" state=\")[^\"]*\">[^<]*",
                "$1" + (done ? "translated" : "needs-translation") + "\">" + words);
        assertTrue(text.contains(words), "the new paragraph's unit is in the file");
        XliffFixture.write(xliff, text.replace("state=\"needs-review-translation\"", "state=\"translated\""));
    }

    private static String stampLine(String translation) {
        return translation.replaceFirst("(?s).*\n(sourceRevision=[^\n]*)\n.*", "$1");
    }

    private static String stamp(String translation) {
        return translation.replaceFirst("(?s).*\nsourceRevision=(pl [0-9a-f]+) .*", "$1");
    }
}
