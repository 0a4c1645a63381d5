package guide.translation.xliff;

import guide.translation.GitProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import with --force of a file that still marks units to review: an outdated translation was exported, the source
 * changed again, and the translator sent the file back without confirming those units. The translation must not be
 * stamped with the export's revision, which would drop from the report what changed before the export though nobody
 * translated it: the stamp moves on only for the units the file marks done, as without --force.
 */
class XliffForcedPendingTest {
    private static final String SOURCE = "content/pl/inny-testowy.md";
    private static final String TRANSLATION = "content/en/other-test.md";
    private static final String XLIFF = "target/xliff/other-fixture.pl-en.xlf";

    @TempDir
    Path project;

    /** The source edited ({@code before}, so its translation is outdated), exported, then edited again ({@code after}). */
    private Path exportBetween(String[] before, String[] after, String exported) throws Exception {
        XliffFixture.fixtureProject(project);
        GitProject.init(project);
        for (int i = 0; i < before.length; i += 2) {
            GitProject.edit(project.resolve(SOURCE), before[i], before[i + 1]);
        }
        GitProject.commitAll(project, "the source edited before the export");
        XliffFixture.Run export = guide(project, "translations", "export", TRANSLATION, "--to", "en");
        assertTrue(export.out().contains(exported), export.out());
        for (int i = 0; i < after.length; i += 2) {
            GitProject.edit(project.resolve(SOURCE), after[i], after[i + 1]);
        }
        GitProject.commitAll(project, "the source edited after the export");
        return project.resolve(XLIFF);
    }

    @Test
    void anUntouchedFileKeepsTheStampSoTheReportStillShowsWhatChangedBeforeTheExport() throws Exception {
        Path xliff = exportBetween(new String[] {"Druga część.", "Druga część. I jeszcze jedno zdanie."},
                new String[] {"Akapit.", "Akapit, teraz dłuższy."}, "(4 translated, 1 to review)");
        String before = read(project.resolve(TRANSLATION));
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString(), "--force");
        assertEquals(0, imported.code(), imported.err());
        assertEquals(before, read(project.resolve(TRANSLATION)), "nothing translated, nothing written, the stamp included");
        assertTrue(imported.out().startsWith(TRANSLATION + ": unchanged from " + xliff + "; imported although its source has changed since"
                + " the export, and 1 unit still marked for review, so the stamp stays as it was"), imported.out());
        String report = guide(project, "translations").out();
        assertTrue(report.contains("~ edited: Druga część. {+I jeszcze jedno zdanie.+}"), "the change before the export, still untranslated: " + report);
        assertTrue(report.contains("Akapit{+, teraz dłuższy+}."), "the change after it: " + report);
    }

    @Test
    void aHalfDoneFileMovesTheStampOnOnlyForTheUnitsItConfirms() throws Exception {
        Path xliff = exportBetween(new String[] {"Akapit.", "Akapit, teraz dłuższy.", "Druga część.", "Druga część. I jeszcze jedno zdanie."},
                new String[] {"Drugi artykuł,", "Drugi tekst,"}, "(3 translated, 2 to review)");
        XliffFixture.write(xliff, read(xliff).replace("state=\"needs-review-translation\">A paragraph.", "state=\"translated\">A paragraph, now longer."));
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString(), "--force");
        assertEquals(0, imported.code(), imported.err());
        String report = guide(project, "translations").out();
        assertTrue(report.contains("~ edited: Druga część. {+I jeszcze jedno zdanie.+}"), "the paragraph left to review: " + report);
        assertFalse(report.contains("Akapit"), "the paragraph translated is no longer listed as changed: " + report);
        assertTrue(report.contains("Drugi [-artykuł-]{+tekst+},"), "the summary changed after the export: " + report);
        assertTrue(imported.out().contains("; imported although its source has changed since the export, and 1 unit still marked for review, so the"
                + " stamp was updated only for the units marked translated"), imported.out());

        XliffFixture.Run again = guide(project, "translations", "export", TRANSLATION, "--to", "en");
        assertTrue(again.out().contains("(3 translated, 2 to review)"), again.out());
        String next = read(xliff);
        assertTrue(next.contains("state=\"translated\">A paragraph, now longer."), next);
        assertTrue(next.contains("state=\"needs-review-translation\">The second part."), next);
    }

    /** A new page's message keeps its parts apart: "so it has no translation stamp yet; export it again: …". */
    @Test
    void aForcedNewPageWithUnitsToTranslateSaysWhatToDoAsItsOwnClause() throws Exception {
        XliffFixture.fixtureProject(project);
        GitProject.init(project);
        assertEquals(0, guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en").code());
        GitProject.edit(project.resolve("content/pl/tylko-po-polsku.md"), "Koniec.", "Koniec, teraz dłuższy.");
        GitProject.commitAll(project, "the source edited after the export");
        Path xliff = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        XliffFixture.write(xliff, read(xliff).replaceAll("(?s)(<source xml:lang=\"pl\">)((?:(?!</source>).)*)(</source>\\s*<target [^>]*>)</target>",
                "$1$2$3$2</target>"));
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString(), "--force", "--name", "polish-only");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("units still marked for translation, so it has no translation stamp yet; export it again: the new file"),
                imported.out());
    }
}
