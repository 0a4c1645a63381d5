package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit's id is its place, so a section added to the source after the export moves the ids of the units after it. The import
 * compared the file's units with the translation's by id, and so did not compare those at all: a hand edit made since to one of
 * them was put back to the exported text without a word. Units are now paired by their source text; those whose source is in no
 * unit any more are imported as the file has them and named at their lines, for the translator to check.
 */
class XliffMovedUnitsTest {
    private static final String SECOND = "The second part.";

    @TempDir
    Path project;
    Path source;
    Path translation;
    Path xliff;

    /** The Polish opening gets a sentence more, so the English is outdated at export: its opening to review. */
    @BeforeEach
    void exportTheOutdatedTranslation() throws IOException {
        XliffFixture.fixtureProject(project);
        source = project.resolve("content/pl/inny-testowy.md");
        XliffFixture.write(source, read(source).replace("Akapit.", "Akapit. Z nowym zdaniem."));
        translation = project.resolve("content/en/other-test.md");
        XliffFixture.Run run = guide(project, "translations", "export", "content/en/other-test.md", "--to", "en");
        assertEquals(0, run.code(), run.err());
        xliff = project.resolve("target/xliff/other-fixture.pl-en.xlf");
        assertTrue(read(xliff).contains("state=\"needs-review-translation\">A paragraph.<"), "the setup: the opening is to review");
    }

    @Test
    void aHandEditAfterASectionAddedToTheSourceIsStillNotPutBack() throws IOException {
        XliffFixture.write(translation, read(translation).replace(SECOND, "The second part, edited by hand."));
        XliffFixture.write(source, read(source).replace("## Sekcja {#sekcja}", "## Nowa sekcja {#nowa}\n\nNowy tekst.\n\n## Sekcja {#sekcja}"));
        finishTheOpening();
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        XliffFixture.Run run = guide(project, "translations", "import", xliff.toString(), "--force");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("content/en/other-test.md was changed after this file was exported: its text is not the one this file was"
                + " exported with (unit b3.1 (paragraph), which this file leaves as it was exported, reads otherwise now)"), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the hand edit is still there");
    }

    @Test
    void aUnitWhoseSourceChangedAgainIsImportedAndNamedAtItsLine() throws IOException {
        // The same file's partial import changed the text (its own work, which goes in); then the source changed the second paragraph.
        XliffFixture.write(xliff, read(xliff).replace("state=\"translated\">" + SECOND + "<", "state=\"translated\">The second part, reworded.<"));
        XliffFixture.Run partial = guide(project, "translations", "import", xliff.toString());
        assertEquals(0, partial.code(), partial.err());
        XliffFixture.write(source, read(source).replace("Druga część.", "Druga część, zmieniona."));
        finishTheOpening();

        XliffFixture.Run run = guide(project, "translations", "import", xliff.toString(), "--force");
        assertEquals(0, run.code(), run.err());
        assertTrue(read(translation).contains("The second part, reworded."), read(translation));
        int line = lineOf("The second part, reworded.");
        assertTrue(run.out().contains(xliff + ":" + line + ": unit b3.1 (paragraph): its source is in no unit of content/pl/inny-testowy.md now"
                + " (edited since the export, or where the translation no longer follows it block for block), so the import could not compare it"
                + " with content/en/other-test.md, which has changed since this file's export; it wrote this file's text there: check that"
                + " nothing done since was lost (git diff content/en/other-test.md)"), run.out());
    }

    @Test
    void nothingIsNamedWhenTheTranslationIsAsItWasExported() throws IOException {
        // A guard: a source changed since the export alone leaves nothing uncompared to name.
        XliffFixture.write(source, read(source).replace("Druga część.", "Druga część, zmieniona."));
        finishTheOpening();
        XliffFixture.Run run = guide(project, "translations", "import", xliff.toString(), "--force");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.out().contains("its source is in no unit"), run.out());
    }

    /** The translator's work: the opening to review, updated and marked translated. */
    private void finishTheOpening() throws IOException {
        String text = read(xliff).replace("state=\"needs-review-translation\">A paragraph.<", "state=\"translated\">A paragraph. With a new sentence.<");
        assertFalse(text.equals(read(xliff)), "the opening is to review in the file");
        XliffFixture.write(xliff, text);
    }

    private int lineOf(String words) throws IOException {
        String text = read(xliff);
        int unit = text.lastIndexOf("<trans-unit", text.indexOf(words));
        return (int) text.substring(0, unit).chars().filter(c -> c == '\n').count() + 1;
    }
}
