package guide.translation.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import only marks a translation current when the file says every unit is done: a file that still
 * marks units to review or translate (an untouched export of an outdated translation, a job half done)
 * writes what it has but leaves the stamp, so readers keep seeing that the translation may be behind.
 */
class XliffPendingUnitsTest {
    private static final String XLIFF = "target/xliff/other-fixture.pl-en.xlf";

    @TempDir
    Path project;

    /** The Polish source gets a sentence more in one paragraph, so its English paragraph is to review. */
    private String editSourceAndExport() throws Exception {
        XliffFixture.fixtureProject(project);
        Path pl = project.resolve("content/pl/inny-testowy.md");
        XliffFixture.write(pl, read(pl).replace("Druga część.", "Druga część. I jeszcze jedno zdanie."));
        assertTrue(state(guide(project, "translations"), "outdated"), "the setup: outdated");
        XliffFixture.Run export = guide(project, "translations", "export", "content/en/other-test.md", "--to", "en");
        assertTrue(export.out().contains("(4 translated, 1 to review)"), export.out());
        assertTrue(export.out().contains(" document into " + project.resolve("target/xliff") + ". Translate it in a CAT tool, then: ./guide translations import FILE..."),
                "one document is an it: " + export.out());
        return read(project.resolve("content/en/other-test.md"));
    }

    @Test
    void anUntouchedExportOfAnOutdatedTranslationLeavesItOutdatedAndTheFileAsItWas() throws Exception {
        String before = editSourceAndExport();
        XliffFixture.Run imported = guide(project, "translations", "import", project.resolve(XLIFF).toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(before, read(project.resolve("content/en/other-test.md")), "importing the file unchanged gives the same file, byte for byte");
        assertTrue(imported.out().contains("content/en/other-test.md: unchanged from " + project.resolve(XLIFF)
                + "; 1 unit still marked for review, so the stamp stays as it was, and ./guide translations still reports the page outdated"), imported.out());
        XliffFixture.Run report = guide(project, "translations");
        assertTrue(state(report, "outdated"), report.out());
        assertTrue(report.out().contains("+ added: Druga część. I jeszcze jedno zdanie.") || report.out().contains("~ edited: Druga część. I jeszcze jedno zdanie."),
                "the report still names the change: " + report.out());
    }

    @Test
    void theImportNamesEachUnitStillMarkedAtItsLineInTheFile() throws Exception {
        editSourceAndExport();
        Path xliff = project.resolve(XLIFF);
        String text = read(xliff);
        int at = text.lastIndexOf("<trans-unit ", text.indexOf("state=\"needs-review-translation\""));
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        String id = text.substring(at).replaceFirst("(?s)<trans-unit id=\"([^\"]+)\".*", "$1");

        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString());
        assertTrue(imported.out().contains("\n" + xliff + ":" + line + ": unit " + id + " (paragraph) is still marked for review"
                + " (state=\"needs-review-translation\"): once it is done, mark it translated in the CAT tool\n"), imported.out());

        XliffFixture.write(xliff, read(xliff).replace("state=\"needs-review-translation\"", "state=\"translated\""));
        XliffFixture.Run done = guide(project, "translations", "import", xliff.toString());
        assertFalse(done.out().contains("is still marked"), "every unit done: nothing to name: " + done.out());
    }

    @Test
    void aFileForcedInAfterItsSourceChangedAgainNamesNoUnitAtItsLine() throws Exception {
        editSourceAndExport();
        Path pl = project.resolve("content/pl/inny-testowy.md");
        XliffFixture.write(pl, read(pl).replace("I jeszcze jedno zdanie.", "I jeszcze jedno, inne zdanie."));
        XliffFixture.Run forced = guide(project, "translations", "import", project.resolve(XLIFF).toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.out().contains("1 unit still marked for review"), "the count is still said: " + forced.out());
        assertFalse(forced.out().contains("is still marked"), "a new export marks the units again, so none is named at its line: " + forced.out());
    }

    @Test
    void aDraftTranslationLeftToReviewIsCalledADraftAsTheReportCallsIt() throws Exception {
        editSourceAndExport();
        Path en = project.resolve("content/en/other-test.md");
        XliffFixture.write(en, read(en).replace("status=published", "status=draft"));
        XliffFixture.Run imported = guide(project, "translations", "import", project.resolve(XLIFF).toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("content/en/other-test.md: unchanged from " + project.resolve(XLIFF) + "; 1 unit still marked for review,"
                + " so the stamp stays as it was; ./guide translations lists the page as a draft, not published yet, and will report it outdated"
                + " once it is published;"), imported.out());
        XliffFixture.Run report = guide(project, "translations");
        assertTrue(report.out().contains("content/en/other-test.md: draft, not published yet"), report.out());
    }

    @Test
    void aFileWithEveryUnitTranslatedStampsTheTranslationCurrent() throws Exception {
        editSourceAndExport();
        Path xliff = project.resolve(XLIFF);
        XliffFixture.write(xliff, read(xliff).replace("state=\"needs-review-translation\">The second part.",
                "state=\"translated\">The second part. And one more sentence."));
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString());
        assertEquals(0, imported.code(), imported.err());
        assertFalse(imported.out().contains("still marked"), imported.out());
        assertTrue(imported.out().endsWith("Imported 1 translation. ./guide translations shows its state.\n"), imported.out());
        assertTrue(read(project.resolve("content/en/other-test.md")).contains("The second part. And one more sentence."));
        assertTrue(state(guide(project, "translations"), "current"));
    }

    @Test
    void aHalfDoneFileWritesItsTranslationsButNotTheStamp() throws Exception {
        String before = editSourceAndExport();
        Path xliff = project.resolve(XLIFF);
        // The translator fixed the title but has not reached the paragraph to review yet.
        XliffFixture.write(xliff, read(xliff).replace(">Another test article<", ">Another article for the tests<"));
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString());
        assertEquals(0, imported.code(), imported.err());
        String after = read(project.resolve("content/en/other-test.md"));
        assertTrue(after.contains("title=Another article for the tests"), after);
        assertEquals(stamp(before), stamp(after), "the stamp stays at the older source revision");
        // The title it marks done was already stamped: the stamp line is as it was, and the import says so.
        assertTrue(imported.out().contains("content/en/other-test.md: updated from " + xliff
                + "; 1 unit still marked for review, so the stamp stays as it was, and ./guide translations still reports the page outdated"),
                imported.out());
        assertTrue(state(guide(project, "translations"), "outdated"));
    }

    @Test
    void aParagraphConfirmedInAnImportThatLeftAnotherToReviewIsNotToReviewAgainInTheNextExport() throws Exception {
        XliffFixture.fixtureProject(project);
        Path pl = project.resolve("content/pl/inny-testowy.md");
        XliffFixture.write(pl, read(pl).replace("Akapit.", "Akapit, teraz dłuższy.").replace("Druga część.", "Druga część. I jeszcze jedno zdanie."));
        XliffFixture.Run export = guide(project, "translations", "export", "content/en/other-test.md", "--to", "en");
        assertTrue(export.out().contains("(3 translated, 2 to review)"), export.out());
        Path xliff = project.resolve(XLIFF);
        // The translator confirms the first paragraph, and has not reached the second yet.
        String half = read(xliff).replace("state=\"needs-review-translation\">A paragraph.", "state=\"translated\">A paragraph, now longer.");
        assertTrue(half.contains("state=\"translated\">A paragraph, now longer."), half);
        XliffFixture.write(xliff, half);
        String before = stamp(read(project.resolve("content/en/other-test.md")));
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString());
        assertEquals(0, imported.code(), imported.err());
        assertNotEquals(before, stamp(read(project.resolve("content/en/other-test.md"))), "the stamp moves on for the paragraph confirmed");
        assertTrue(imported.out().contains("1 unit still marked for review, so the stamp was updated only for the units marked translated"),
                imported.out());

        XliffFixture.Run report = guide(project, "translations");
        assertTrue(state(report, "outdated"), report.out());
        assertTrue(report.out().contains("~ edited: Druga część."), report.out());
        assertFalse(report.out().contains("Akapit"), "the paragraph translated is no longer listed as changed: " + report.out());

        XliffFixture.Run again = guide(project, "translations", "export", "content/en/other-test.md", "--to", "en");
        assertTrue(again.out().contains("(4 translated, 1 to review)"), again.out());
        String next = read(xliff);
        assertTrue(next.contains("state=\"translated\">A paragraph, now longer."), next);
        assertTrue(next.contains("state=\"needs-review-translation\">The second part."), next);
    }

    @Test
    void aParagraphConfirmedWhileOnlyAnUnchangedOneIsLeftToReviewIsNoLongerReportedEdited() throws Exception {
        XliffFixture.fixtureProject(project);
        Path pl = project.resolve("content/pl/inny-testowy.md");
        XliffFixture.write(pl, read(pl).replace("Akapit.", "Akapit, teraz dłuższy."));
        XliffFixture.Run export = guide(project, "translations", "export", "content/en/other-test.md", "--to", "en");
        assertTrue(export.out().contains("(4 translated, 1 to review)"), export.out());
        Path xliff = project.resolve(XLIFF);
        // The translator confirms the changed paragraph, and sets an unchanged one aside to look at again.
        String half = read(xliff).replace("state=\"needs-review-translation\">A paragraph.", "state=\"translated\">A paragraph, now longer.")
                .replace("state=\"translated\">The second part.", "state=\"needs-review-translation\">The second part.");
        assertTrue(half.contains("state=\"translated\">A paragraph, now longer."), half);
        assertTrue(half.contains("state=\"needs-review-translation\">The second part."), half);
        XliffFixture.write(xliff, half);
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("1 unit still marked for review"), imported.out());
        assertTrue(read(project.resolve("content/en/other-test.md")).contains("A paragraph, now longer."));

        XliffFixture.Run report = guide(project, "translations");
        assertFalse(report.out().contains("Akapit"), "the paragraph just confirmed is no longer listed as changed: " + report.out());
        assertTrue(state(report, "outdated"), "the paragraph left to review keeps the page outdated, as the import said: " + report.out());

        XliffFixture.Run again = guide(project, "translations", "export", "content/en/other-test.md", "--to", "en");
        assertEquals(0, again.code(), again.err());
        assertTrue(read(xliff).contains("state=\"translated\">A paragraph, now longer."), "not to review again: " + read(xliff));
    }

    /**
     * The same import, followed as the translator goes on: the page is outdated, so the report must say what is left (the
     * paragraph set aside, though its source did not change), the next export must mark it to review again, and confirming
     * it there makes the page current.
     */
    @Test
    void anUnchangedParagraphLeftToReviewIsListedByTheReportAndToReviewInTheNextExport() throws Exception {
        XliffFixture.fixtureProject(project);
        Path pl = project.resolve("content/pl/inny-testowy.md");
        XliffFixture.write(pl, read(pl).replace("Akapit.", "Akapit, teraz dłuższy."));
        assertEquals(0, guide(project, "translations", "export", "content/en/other-test.md", "--to", "en").code());
        Path xliff = project.resolve(XLIFF);
        XliffFixture.write(xliff, read(xliff).replace("state=\"needs-review-translation\">A paragraph.", "state=\"translated\">A paragraph, now longer.")
                .replace("state=\"translated\">The second part.", "state=\"needs-review-translation\">The second part."));
        assertEquals(0, guide(project, "translations", "import", xliff.toString()).code());

        XliffFixture.Run report = guide(project, "translations");
        // The fixture's English pages keep their Polish tags, which the report names between these lines (UntranslatedTags).
        assertTrue(report.out().contains("content/en/other-test.md: outdated, parts of it were still marked for review at the last XLIFF import (content/pl/inny-testowy.md)\n"
                + "    ? still marked for review: Druga część.\n"), report.out());
        assertTrue(report.out().contains("\n    after review: ./guide translations stamp content/en/other-test.md\n"), report.out());

        XliffFixture.Run again = guide(project, "translations", "export", "content/en/other-test.md", "--to", "en");
        assertTrue(again.out().contains("(4 translated, 1 to review)"), again.out());
        assertTrue(read(xliff).contains("state=\"needs-review-translation\">The second part."), "to review again: " + read(xliff));

        XliffFixture.write(xliff, read(xliff).replace("state=\"needs-review-translation\">The second part.", "state=\"translated\">The second part."));
        XliffFixture.Run confirmed = guide(project, "translations", "import", xliff.toString());
        assertFalse(confirmed.out().contains("still marked"), confirmed.out());
        assertTrue(state(guide(project, "translations"), "current"), "every unit confirmed");
    }

    /** The summary set aside while the text's change is confirmed: named as the summary, and to review in the next export. */
    @Test
    void anUnchangedSummaryLeftToReviewIsListedAndToReviewInTheNextExport() throws Exception {
        XliffFixture.fixtureProject(project);
        Path pl = project.resolve("content/pl/inny-testowy.md");
        XliffFixture.write(pl, read(pl).replace("Akapit.", "Akapit, teraz dłuższy."));
        assertEquals(0, guide(project, "translations", "export", "content/en/other-test.md", "--to", "en").code());
        Path xliff = project.resolve(XLIFF);
        XliffFixture.write(xliff, read(xliff).replace("state=\"needs-review-translation\">A paragraph.", "state=\"translated\">A paragraph, now longer.")
                .replace("state=\"translated\">A second article that links point to.", "state=\"needs-review-translation\">A second article that links point to."));
        assertEquals(0, guide(project, "translations", "import", xliff.toString()).code());

        XliffFixture.Run report = guide(project, "translations");
        // The fixture's English pages keep their Polish tags, which the report names between these lines (UntranslatedTags).
        assertTrue(report.out().contains("content/en/other-test.md: outdated, parts of it were still marked for review at the last XLIFF import (content/pl/inny-testowy.md)\n"
                + "    ? summary still marked for review: Drugi artykuł, do którego prowadzą linki.\n"), report.out());
        assertTrue(report.out().contains("\n    after review: ./guide translations stamp content/en/other-test.md\n"), report.out());
        assertTrue(guide(project, "translations", "export", "content/en/other-test.md", "--to", "en").out().contains("(4 translated, 1 to review)"));
        assertTrue(read(xliff).contains("state=\"needs-review-translation\">A second article that links point to."), read(xliff));
    }

    @Test
    void aNewPageWithUnitsStillToTranslateGetsNoStamp() throws Exception {
        XliffFixture.fixtureProject(project);
        assertEquals(0, guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en").code());
        Path xliff = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        // Every target filled (a CAT tool's copy of the source), but the file still says they are to translate.
        String copied = read(xliff).replaceAll("(?s)(<source xml:lang=\"pl\">)((?:(?!</source>).)*)(</source>\\s*<target [^>]*>)</target>", "$1$2$3$2</target>");
        assertTrue(copied.contains("state=\"needs-translation\""), copied);
        XliffFixture.write(xliff, copied);
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString(), "--name", "polish-only");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("units still marked for translation, so it has no translation stamp yet"), imported.out());
        assertFalse(read(project.resolve("content/en/polish-only.md")).contains("sourceRevision="));
    }

    /**
     * The file of a new page names the source's file as its translation (the page had none when it was exported); the
     * page was made under the name given at the import. Once the translator marks the rest done, the same file imported
     * again, as the first import's message says, updates that page and stamps it: the language's only page with the
     * translationKey is the translation, whatever its file is called.
     */
    @Test
    void aNewPageImportedWithUnitsStillToTranslateTakesTheSameFileAgainOnceItIsDone() throws Exception {
        XliffFixture.fixtureProject(project);
        assertEquals(0, guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en").code());
        Path xliff = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        String copied = read(xliff).replaceAll("(?s)(<source xml:lang=\"pl\">)((?:(?!</source>).)*)(</source>\\s*<target [^>]*>)</target>", "$1$2$3$2</target>");
        XliffFixture.write(xliff, copied);
        XliffFixture.Run first = guide(project, "translations", "import", xliff.toString(), "--name", "polish-only");
        assertTrue(first.out().contains("import it again"), "the first import asks for the file again: " + first.out());
        XliffFixture.write(xliff, copied.replace("state=\"needs-translation\"", "state=\"translated\""));
        XliffFixture.Run again = guide(project, "translations", "import", xliff.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("content/en/polish-only.md: "), again.out());
        assertTrue(read(project.resolve("content/en/polish-only.md")).contains("\nsourceRevision="), "stamped once every unit is done");
        assertFalse(Files.exists(project.resolve("content/en/tylko-po-polsku.md")), "not a second page at the Polish address");
    }

    private static boolean state(XliffFixture.Run report, String state) {
        return report.out().lines().anyMatch(l -> l.matches("other-fixture +source +" + state));
    }

    private static String stamp(String text) {
        return text.lines().filter(l -> l.startsWith("sourceRevision=")).findFirst().orElse("");
    }
}
