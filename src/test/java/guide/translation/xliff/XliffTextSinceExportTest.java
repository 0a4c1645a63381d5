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
 * A translation current at export keeps its stamp through an import of a file of that revision, so the stamp cannot tell that the
 * translation changed since: the agency's file, imported after the in-house one (both exported while the translation was current),
 * replaced the in-house work without a word, and so did a file imported over a hand edit not stamped yet. Each file records a hash
 * of the translation's text at export, and the import refuses it once the text has changed since.
 */
class XliffTextSinceExportTest {
    private static final String HEADING = "A section with an anchor";

    @TempDir
    Path project;
    Path agency;
    Path inHouse;
    Path translation;
    String stamp;

    @BeforeEach
    void exportTheCurrentTranslationTwice() throws IOException {
        XliffFixture.fixtureProject(project);
        translation = project.resolve("content/en/test-article.md");
        stamp = read(translation).replaceFirst("(?s).*\nsourceRevision=(pl [0-9a-f]+) .*", "$1");
        agency = XliffFixture.export(project, "agency");
        inHouse = XliffFixture.export(project, "in-house");
        assertEquals(XliffFixture.withoutExportId(read(agency)), XliffFixture.withoutExportId(read(inHouse)), "two exports of one state are the same file, but for its export id");
    }

    @Test
    void theAgencysFileIsRefusedAfterTheInHouseFileOfTheSameCurrentTranslation() throws IOException {
        retitle(inHouse, "The in-house heading", "translated");
        retitle(agency, "The agency's heading", "translated");
        XliffFixture.Run first = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(read(translation).contains("## The in-house heading"));
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString());
        assertEquals(1, run.code(), run.out());
        String kept = "target/replaced/content/en/test-article." + stamp.substring(3) + ".md";
        assertEquals(agency + ":1: content/en/test-article.md was changed after this file was exported: its text is not the one this file"
                + " was exported with, though its stamp is still " + stamp + " (since then the import of another export (made "
                + XliffFixture.exportedAt(inHouse) + ") wrote its text), so the translation holds work this file does not have, which"
                + " importing it would replace with this file's text. Keep both: export it again (the new file holds the translation as it is"
                + " now) and copy into it what this file has that it lacks. To replace the translation with this file all the same, import it"
                + " with --replace-newer; the text it replaces is kept in " + kept + ".\n"
                + "Nothing imported: 1 problem; content/ was left as it was.\n", run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the in-house work is still there");

        String inHouseText = read(translation);
        XliffFixture.Run confirmed = XliffFixture.guide(project, "translations", "import", agency.toString(), "--replace-newer");
        assertEquals(0, confirmed.code(), confirmed.err());
        assertTrue(read(translation).contains("## The agency's heading"), "replaced, as confirmed");
        assertEquals(inHouseText, read(project.resolve(kept)));
        assertTrue(confirmed.out().contains("content/en/test-article.md: the text this import replaced (changed after the file's export, its"
                + " stamp still " + stamp + ") is kept in " + kept), confirmed.out());
    }

    @Test
    void aFileImportedOverAHandEditNotStampedYetIsRefused() throws IOException {
        XliffFixture.write(translation, read(translation).replace("- second point with", "- the second point, with"));
        retitle(agency, "The agency's heading", "translated");
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("content/en/test-article.md was changed after this file was exported"), run.err());
        assertTrue(read(translation).contains("- the second point, with"), "the hand edit is still there");
    }

    @Test
    void theSameFileImportsAgainToFinishWhatItsFirstImportLeftToReview() throws IOException {
        retitle(inHouse, "A first try at the heading", "needs-review-translation");
        XliffFixture.Run first = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("still marked for review"), first.out());

        retitle(inHouse, "The finished heading", "translated");
        XliffFixture.Run again = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, again.code(), "its own import left the unit to review: " + again.err());
        assertTrue(read(translation).contains("## The finished heading"));
        assertFalse(Files.exists(project.resolve("target/replaced")));
    }

    @Test
    void theSameFileCorrectedAfterItsImportGoesIn() throws IOException {
        retitle(inHouse, "The in-house haeding, misspelt heading", "translated");
        XliffFixture.Run first = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, first.code(), first.err());

        retitle(inHouse, "The in-house corrected heading", "translated");
        XliffFixture.Run again = XliffFixture.guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, again.code(), "the text is this file's own import: " + again.err());
        assertTrue(read(translation).contains("## The in-house corrected heading"));
        assertFalse(Files.exists(project.resolve("target/replaced")));
    }

    @Test
    void aFileThatRecordsNoTextImportsAsBefore() throws IOException {
        retitle(inHouse, "The in-house heading", "translated");
        retitle(agency, "The agency's heading", "translated");
        // a file exported before the export recorded the text records no export id either
        String older = read(agency).replaceFirst(",?\"translationText\":\"[^\"]*\"", "").replaceFirst(",?\"exportId\":\"[^\"]*\"", "");
        assertFalse(older.equals(read(agency)), "the export records the translation's text");
        XliffFixture.write(agency, older);
        assertEquals(0, XliffFixture.guide(project, "translations", "import", inHouse.toString()).code());
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString());
        assertEquals(0, run.code(), "an older guide's export is judged as before: " + run.err());
    }

    /** The translator's work: the section heading's target, in the given state. */
    private static void retitle(Path xliff, String words, String state) throws IOException {
        String text = read(xliff).replaceFirst("(<target xml:lang=\"en\" state=\")[^\"]*(\">)(" + HEADING + "|[^<]*heading)<", "$1" + state + "$2"
                + words + "<");
        assertTrue(text.contains(">" + words + "<"), "the heading's unit is in the file");
        XliffFixture.write(xliff, text);
    }
}
