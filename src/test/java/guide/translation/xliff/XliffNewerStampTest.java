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
 * A file exported before the translation was stamped again, brought in with --force: the work done since is not replaced
 * without a word. The import refuses it, naming both revisions and the option that confirms; confirmed, it keeps the text
 * it replaces where the editor can copy it back.
 */
class XliffNewerStampTest {
    private static final String WORK_SINCE = "\nA paragraph translated after the agency's export.\n";

    @TempDir
    Path project;
    Path agency;
    Path translation;
    String exportedFrom;

    @BeforeEach
    void exportThenTranslateTheNewerSourceInHouse() throws IOException {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en",
                "--output", project.resolve("agency").toString());
        assertEquals(0, export.code(), export.err());
        agency = project.resolve("agency/xliff-fixture.pl-en.xlf");
        exportedFrom = read(agency).replaceFirst("(?s).*Translation of content/pl/artykul-testowy.md \\((pl [0-9a-f]+)\\).*", "$1");
        Path source = project.resolve("content/pl/artykul-testowy.md");
        XliffFixture.write(source, read(source) + "\nAkapit dopisany po eksporcie dla agencji.\n");
        translation = project.resolve("content/en/test-article.md");
        XliffFixture.write(translation, read(translation) + WORK_SINCE);
        XliffFixture.Run stamp = XliffFixture.guide(project, "translations", "stamp", "content/en/test-article.md");
        assertEquals(0, stamp.code(), stamp.err());
    }

    @Test
    void aForcedImportOfAnOlderExportIsRefusedAndNamesBothRevisionsAndTheOptionThatConfirms() throws IOException {
        String stamp = read(translation).replaceFirst("(?s).*\nsourceRevision=(pl [0-9a-f]+) .*", "$1");
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString(), "--force");
        assertEquals(1, run.code(), run.out());
        assertEquals(agency + ":1: content/en/test-article.md was stamped after this file was exported: its stamp is " + stamp + ", this file"
                + " is from " + exportedFrom + ", so the translation holds work done since on the source's newer text, which importing this file"
                + " would replace with the file's older text (and the stamp would go back to " + exportedFrom + "). Keep both: export it again"
                + " (the new file holds the translation as it is now) and copy into it what this file has that it lacks. To replace the"
                + " translation with this file all the same, import it with --force --replace-newer; the text it replaces is kept in"
                + " target/replaced/content/en/test-article." + stamp.substring(3) + ".md.\n"
                + "Nothing imported: 1 problem; content/ was left as it was.\n", run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the work done since is still there");
    }

    /** Without --force the refusal is the same, naming both options at once: --force alone would only meet this refusal next. */
    @Test
    void withoutForceTheRefusalNamesTheOptionsThatImportItAtOnce() throws IOException {
        String stamp = read(translation).replaceFirst("(?s).*\nsourceRevision=(pl [0-9a-f]+) .*", "$1");
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().startsWith(agency + ":1: content/en/test-article.md was stamped after this file was exported: its stamp is " + stamp)
                && run.err().contains(" To replace the translation with this file all the same, import it with --force --replace-newer;")
                && !run.err().contains("import anyway with --force"), run.err());
    }

    @Test
    void confirmedTheImportReplacesTheTranslationAndKeepsItsTextToCopyBack() throws IOException {
        String stamp = read(translation).replaceFirst("(?s).*\nsourceRevision=(pl [0-9a-f]+) .*", "$1");
        String workDone = read(translation);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", agency.toString(), "--force", "--replace-newer");
        assertEquals(0, run.code(), run.err());
        assertFalse(read(translation).contains(WORK_SINCE.strip()), "replaced, as confirmed");
        Path kept = project.resolve("target/replaced/content/en/test-article." + stamp.substring(3) + ".md");
        assertTrue(Files.exists(kept), "the replaced text is kept: " + run.out());
        assertEquals(workDone, read(kept), "byte for byte what the import replaced");
        assertTrue(run.out().contains("\ncontent/en/test-article.md: the text this import replaced (stamped " + stamp + ", after the file's export from "
                + exportedFrom + ") is kept in target/replaced/content/en/test-article." + stamp.substring(3) + ".md: compare it with the new text and"
                + " copy back what is still right\n"), run.out());
    }

    @Test
    void aFileExportedAfterTheLastStampStillImportsWithForceAlone() throws IOException {
        XliffFixture.Run again = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en");
        assertEquals(0, again.code(), again.err());
        Path source = project.resolve("content/pl/artykul-testowy.md");
        XliffFixture.write(source, read(source) + "\nJeszcze jeden akapit.\n");
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", project.resolve("target/xliff/xliff-fixture.pl-en.xlf").toString(), "--force");
        assertEquals(0, run.code(), "the stamp is the one this export was made with: nothing newer to lose: " + run.err());
        assertFalse(Files.exists(project.resolve("target/replaced")), "nothing kept: nothing replaced but the file's own export");
    }
}
