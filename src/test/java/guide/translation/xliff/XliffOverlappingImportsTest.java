package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static guide.translation.xliff.TwoOutdatedExports.FIRST;
import static guide.translation.xliff.TwoOutdatedExports.finishTheSecondParagraph;
import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two files of one page that changed the same unit: the second import replaced the first's text without a word while the
 * translation was still to finish (its stamp kept, as an import that leaves units to review keeps it). Each export now has an
 * id and each import records which export a unit's text came from, so the second file is refused at that unit, naming both
 * origins, while the same file, corrected and imported again, still goes in.
 */
class XliffOverlappingImportsTest {
    @TempDir
    Path project;
    Path translation;
    Path agency;
    Path inHouse;

    /** The Polish source gets a sentence more in its second paragraph, then the outdated English goes out twice. */
    @BeforeEach
    void exportTheOutdatedTranslationTwice() throws IOException {
        TwoOutdatedExports two = TwoOutdatedExports.of(project);
        translation = two.translation();
        agency = two.agency();
        inHouse = two.inHouse();
    }

    @Test
    void aSecondFileThatChangedTheSameUnitIsRefusedAtThatUnit() throws IOException {
        reword(inHouse, "The in-house opening.");
        XliffFixture.Run partial = guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, partial.code(), partial.err());
        assertTrue(partial.out().contains("1 unit still marked for review"), partial.out());
        reword(agency, "The agency's opening.");
        finishTheSecondParagraph(agency);
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        XliffFixture.Run run = guide(project, "translations", "import", agency.toString());
        assertEquals(1, run.code(), run.out());
        String err = run.err();
        assertTrue(err.startsWith(agency + ":" + lineOf(agency, "The agency's opening.") + ": unit b1.1 (paragraph): changed both in this file"
                + " (exported "), err);
        assertTrue(err.contains(" and in content/en/other-test.md since that export, where its text comes from the import of another export of"
                + " content/pl/inny-testowy.md (made "), err);
        assertTrue(err.contains("; this import would replace that text: The [-in-house-]{+agency's+} opening.; keep both: compare the two, put"
                + " what is right into this file's target"), err);
        assertTrue(err.contains("import it with --replace-newer; the text it replaces is kept in target/replaced/content/en/other-test."), err);
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the in-house work is still there");
    }

    @Test
    void replaceNewerImportsTheSecondFileAndKeepsTheTextItReplaced() throws IOException {
        reword(inHouse, "The in-house opening.");
        assertEquals(0, guide(project, "translations", "import", inHouse.toString()).code());
        reword(agency, "The agency's opening.");

        XliffFixture.Run run = guide(project, "translations", "import", agency.toString(), "--replace-newer");
        assertEquals(0, run.code(), run.err());
        assertTrue(read(translation).contains("The agency's opening."), read(translation));
        assertTrue(run.out().contains("content/en/other-test.md: the text this import replaced (unit b1.1 (paragraph), changed since the file's"
                + " export by other work) is kept in target/replaced/content/en/other-test."), run.out());
        try (var kept = Files.list(project.resolve("target/replaced/content/en"))) {
            assertTrue(read(kept.findFirst().orElseThrow()).contains("The in-house opening."));
        }
    }

    @Test
    void aHandEditOfAUnitTheFileChangedIsRefusedToo() throws IOException {
        reword(inHouse, "The in-house opening.");
        assertEquals(0, guide(project, "translations", "import", inHouse.toString()).code());
        XliffFixture.write(translation, read(translation).replace("The in-house opening.", "The opening, edited by hand."));
        reword(inHouse, "The in-house opening, corrected.");

        XliffFixture.Run run = guide(project, "translations", "import", inHouse.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("unit b1.1 (paragraph): changed both in this file (exported "), run.err());
        assertTrue(run.err().contains("where its text comes from a change made since not by an import of this file (by hand, or by the import"
                + " of a file exported before exports had ids, late on 6 December 2026); this import would replace that text: The"
                + " {+in-house+} opening, [-edited by hand-]{+corrected+}."), run.err());
        assertTrue(read(translation).contains("The opening, edited by hand."));
    }

    @Test
    void theSameFileCorrectedAndImportedAgainGoesIn() throws IOException {
        // A guard: the same file imported again after a correction imported before this change too, and must still.
        reword(inHouse, "The in-house first go at it.");
        assertEquals(0, guide(project, "translations", "import", inHouse.toString()).code());
        reword(inHouse, "The in-house opening.");
        finishTheSecondParagraph(inHouse);

        XliffFixture.Run again = guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(read(translation).contains("The in-house opening.\n"), read(translation));
        assertFalse(Files.exists(project.resolve("target/replaced")));
        assertTrue(guide(project, "translations").out().matches("(?s).*\nother-fixture +source +current\n.*"), "finished: current");
    }

    @Test
    void theImportRecordsWhichExportEachUnitItChangedCameFrom() throws IOException {
        reword(inHouse, "The in-house opening.");
        assertEquals(0, guide(project, "translations", "import", inHouse.toString()).code());
        String id = read(inHouse).replaceFirst("(?s).*\"exportId\":\"([^\"]+)\".*", "$1");
        assertTrue(id.matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}"), id);
        assertTrue(read(translation).matches("(?s).*\nimportedFrom=" + id + ":[0-9a-f]{8}\n.*"), read(translation));
    }

    @Test
    void aSecondFileOfANewPageNotStampedYetIsRefusedWhereBothChangedAUnit() throws IOException {
        Path first = newPageExport("in-house");
        Path second = newPageExport("agency");
        String copied = "(?s)(<source xml:lang=\"pl\">)((?:(?!</source>).)*)(</source>\\s*<target [^>]*>)</target>";
        XliffFixture.write(first, read(first).replaceAll(copied, "$1$2$3$2</target>"));
        XliffFixture.Run partial = guide(project, "translations", "import", first.toString(), "--name", "polish-only");
        assertEquals(0, partial.code(), partial.err());
        assertTrue(partial.out().contains("so it has no translation stamp yet"), partial.out());
        XliffFixture.write(second, read(second).replaceAll(copied, "$1$2$3$2</target>").replace("Koniec.</target>", "The end.</target>")
                .replace("state=\"needs-translation\"", "state=\"translated\""));

        XliffFixture.Run run = guide(project, "translations", "import", second.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().startsWith(second + ":" + lineOf(second, "The end.") + ": unit "), run.err());
        assertTrue(run.err().contains("where its text comes from the import of another export of content/pl/tylko-po-polsku.md"), run.err());
        assertTrue(run.err().contains("this import would replace that text: [-Koniec-]{+The end+}."), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains(": unit ")).count(), "the units both files left as copies are no overlap");
    }

    private Path newPageExport(String folder) {
        XliffFixture.Run run = guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en", "--output",
                project.resolve(folder).toString());
        assertEquals(0, run.code(), run.err());
        return project.resolve(folder + "/polish-only-fixture.pl-en.xlf");
    }

    /** The translator's work: the opening paragraph reworded, marked translated. */
    private static void reword(Path xliff, String words) throws IOException {
        String text = read(xliff).replaceFirst("(<target xml:lang=\"en\" state=\"translated\">)(" + FIRST + "|The in-house [^<]*)<", "$1" + words + "<");
        assertFalse(text.equals(read(xliff)), "the opening's unit is in the file");
        XliffFixture.write(xliff, text);
    }

    /** The line of {@code xliff} where the unit whose target has {@code words} starts. */
    private static int lineOf(Path xliff, String words) throws IOException {
        String text = read(xliff);
        int unit = text.lastIndexOf("<trans-unit", text.indexOf(words));
        return (int) text.substring(0, unit).chars().filter(c -> c == '\n').count() + 1;
    }
}
