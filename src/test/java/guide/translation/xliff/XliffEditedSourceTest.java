package guide.translation.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translator who edits a unit's source in the CAT tool (a typo fixed, a question mark added)
 * while the Polish page has not changed since the export: the import refuses the file, and says
 * that the source was edited in the file, what the edit was, and how to undo it, rather than asking
 * for a new export, which would not hold the translator's work.
 */
class XliffEditedSourceTest {
    @TempDir
    Path project;

    @Test
    void aSourceEditedInTheFileIsNamedWithTheEditAndHowToUndoIt() throws Exception {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/inny-testowy.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        Path file = project.resolve("target/xliff/other-fixture.pl-en.xlf");
        String text = read(file);
        int line = text.substring(0, text.indexOf("<trans-unit id=\"b2.1\"")).split("\n", -1).length;
        XliffFixture.write(file, text.replace("<source xml:lang=\"pl\">Sekcja</source>", "<source xml:lang=\"pl\">Sekcja druga</source>"));
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());

        assertEquals(1, run.code());
        assertEquals(file + ":" + line + ": unit b2.1 (heading sekcja): its source was edited in this file: Sekcja {+druga+}; content/pl/inny-testowy.md "
                + "has not changed since the export, and the import writes only targets: undo the edit of the source in the CAT tool, "
                + "then import the file again\n"
                + "Nothing imported: 1 problem; content/ was left as it was.\n", run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")));
        assertTrue(run.out().isEmpty(), run.out());
    }

    /** A whole section travels in one unit: its source edited in the file is named with the edit too, not with a new export. */
    @Test
    void aWholeSectionsSourceEditedInTheFileIsNamedWithTheEdit() throws Exception {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/sekcje-testowe.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        Path file = project.resolve("target/xliff/sections-fixture.pl-en.xlf");
        String text = read(file);
        int unit = text.indexOf("resname=\"polish-law\"");
        int line = text.substring(0, unit).split("\n", -1).length;
        int words = text.indexOf("Ten przepis obowiązuje tylko w Polsce.", unit);
        assertTrue(words > 0 && words < text.indexOf("</source>", unit), text);
        XliffFixture.write(file, text.substring(0, words) + "Ten przepis obowiązuje wyłącznie w Polsce." + text.substring(words + 38));
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());

        assertEquals(1, run.code());
        assertTrue(run.err().startsWith(file + ":" + line + ": unit "), run.err());
        assertTrue(run.err().contains(" (section polish-law): its source was edited in this file: "), run.err());
        assertTrue(run.err().contains("obowiązuje [-tylko-]{+wyłącznie+} w Polsce."), run.err());
        assertTrue(run.err().contains("content/pl/sekcje-testowe.md has not changed since the export, and the import writes only targets: undo the"
                + " edit of the source in the CAT tool, then import the file again\n"), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")));
    }
}
