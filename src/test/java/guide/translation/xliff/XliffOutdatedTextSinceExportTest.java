package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static guide.translation.xliff.TwoOutdatedExports.FIRST;
import static guide.translation.xliff.TwoOutdatedExports.SECOND;
import static guide.translation.xliff.TwoOutdatedExports.finishTheSecondParagraph;
import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translation outdated at export keeps the whole-text hash of its stamp through an import that leaves units to review, and
 * importing that file again to finish it must work; so the import did not compare the text of such a translation, and a hand
 * edit made meanwhile, or another file's work imported first, was put back to the exported text without a word. Now a unit the
 * file leaves as it was exported, whose text the translation has changed since, makes the import refuse the file.
 */
class XliffOutdatedTextSinceExportTest {
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
        assertEquals(XliffFixture.withoutExportId(read(agency)), XliffFixture.withoutExportId(read(inHouse)), "two exports of one state are the same file, but for its export id");
        assertTrue(read(agency).contains("state=\"needs-review-translation\">" + SECOND), "the setup: the second paragraph is to review");
    }

    @Test
    void aHandEditOfATranslationOutdatedAtExportIsNotPutBack() throws IOException {
        XliffFixture.write(translation, read(translation).replace(FIRST, "The opening paragraph, edited by hand."));
        finishTheSecondParagraph(agency);
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        XliffFixture.Run run = guide(project, "translations", "import", agency.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().startsWith(agency + ":1: content/en/other-test.md was changed after this file was exported: its text is not the"
                + " one this file was exported with (unit b1.1 (paragraph), which this file leaves as it was exported, reads otherwise now),"
                + " though its stamp is still pl "), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the hand edit is still there");
    }

    @Test
    void anotherFileIsRefusedOverAPartialImportThatChangedAUnitItLeavesAsExported() throws IOException {
        XliffFixture.write(inHouse, read(inHouse).replace("state=\"translated\">" + FIRST + "<", "state=\"translated\">The in-house opening.<"));
        XliffFixture.Run partial = guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, partial.code(), partial.err());
        assertTrue(partial.out().contains("1 unit still marked for review"), partial.out());
        finishTheSecondParagraph(agency);

        XliffFixture.Run run = guide(project, "translations", "import", agency.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("content/en/other-test.md was changed after this file was exported: its text is not the one this file"
                + " was exported with (unit b1.1 (paragraph), which this file leaves as it was exported, reads otherwise now: its text comes"
                + " from the import of another export (made " + made(inHouse) + ")), though its stamp is still pl "), run.err());
        assertTrue(read(translation).contains("The in-house opening."), "the in-house work is still there");

        XliffFixture.Run confirmed = guide(project, "translations", "import", agency.toString(), "--replace-newer");
        assertEquals(0, confirmed.code(), confirmed.err());
        assertTrue(read(translation).contains(FIRST + "\n"), "replaced, as confirmed");
        assertTrue(confirmed.out().contains("is kept in target/replaced/content/en/other-test."), confirmed.out());
    }

    @Test
    void theSameFileStillImportsAgainToFinishWhatItsFirstImportLeftToReview() throws IOException {
        // A guard: it passes without the change too, and must keep passing with it.
        String draft = "state=\"needs-review-translation\">A draft of the second part.<";
        XliffFixture.write(inHouse, read(inHouse).replace("state=\"translated\">" + FIRST + "<", "state=\"translated\">The in-house opening.<")
                .replace("state=\"needs-review-translation\">" + SECOND + "<", draft));
        assertEquals(0, guide(project, "translations", "import", inHouse.toString()).code());
        assertTrue(read(translation).contains("A draft of the second part."));

        XliffFixture.write(inHouse, read(inHouse).replace(draft, "state=\"translated\">The second part. And one more sentence.<"));
        XliffFixture.Run again = guide(project, "translations", "import", inHouse.toString());
        assertEquals(0, again.code(), "its own import left the unit to review: " + again.err());
        assertTrue(read(translation).contains("The in-house opening."));
        assertTrue(read(translation).contains("The second part. And one more sentence."));
        assertFalse(Files.exists(project.resolve("target/replaced")));
        String report = guide(project, "translations").out();
        assertTrue(report.matches("(?s).*\nother-fixture +source +current\n.*"), "finished: current\n" + report);
    }

    /** When the export of {@code file} was made, as its skeleton's export id says it ({@code 20261206T224935Z-…}: 2026-12-06 22:49 UTC). */
    private static String made(Path file) throws IOException {
        Matcher id = Pattern.compile("\"exportId\"\\s*:\\s*\"(\\d{4})(\\d\\d)(\\d\\d)T(\\d\\d)(\\d\\d)\\d\\dZ-").matcher(read(file));
        assertTrue(id.find(), "the setup: the file records its export id");
        return id.group(1) + "-" + id.group(2) + "-" + id.group(3) + " " + id.group(4) + ":" + id.group(5) + " UTC";
    }
}
