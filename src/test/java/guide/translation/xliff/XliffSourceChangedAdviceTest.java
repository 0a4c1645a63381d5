package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The refusal of a file whose source changed since its export says what this page needs: which sections changed, by their
 * headings, whether the translator's file changes anything there, and so whether a forced import keeps work, loses none, or
 * (the changes all in sections the translation leaves out) can be stamped after it.
 */
class XliffSourceChangedAdviceTest {
    private static final String SOURCE = "content/pl/sekcje-testowe.md";

    @TempDir
    Path project;
    Path xliff;

    @BeforeEach
    void export() {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", SOURCE, "--to", "en");
        assertEquals(0, run.code(), run.err());
        xliff = project.resolve("target/xliff/sections-fixture.pl-en.xlf");
    }

    private String refusal(String before, String after) throws IOException {
        Path source = project.resolve(SOURCE);
        XliffFixture.write(source, read(source).replace(before, after));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", xliff.toString());
        assertEquals(1, run.code(), run.out());
        return run.err();
    }

    private void translate(String before, String after) throws IOException {
        String text = read(xliff);
        assertTrue(text.contains(before), text);
        XliffFixture.write(xliff, text.replace(before, after));
    }

    @Test
    void aFileAsExportedHoldsNoWorkToKeep() throws IOException {
        String err = refusal("Pierwszy powód.", "Pierwszy, najważniejszy powód.");
        assertTrue(err.contains("    1 part of the source changed since the export: \"Powody w akapitach\"\n"
                + "    this file is as it was exported (no target or state changed), so it holds no work to keep: export it again and translate"
                + " what changed\n"), err);
    }

    @Test
    void aFileThatTranslatedAChangedSectionIsToldToForceItThenReviewIt() throws IOException {
        translate(">The first paragraph of the aligned section.<", ">The aligned section's first paragraph.<");
        String err = refusal("Drugi akapit z", "Drugi, zmieniony akapit z");
        assertTrue(err.contains("    1 part of the source changed since the export: \"Zgodna sekcja\"\n"
                + "    this file changes it, from the text as it was exported: import anyway with --force to keep that work (the translation then"
                + " stays outdated), then export it again: the new file marks what changed to review or translate, with this work as its targets\n"), err);
    }

    @Test
    void aFileThatChangesNothingWhereTheSourceChangedLosesNothingToForce() throws IOException {
        translate(">The first paragraph of the aligned section.<", ">The aligned section's first paragraph.<");
        String err = refusal("Ostatnie zdanie.", "Ostatnie, nowe zdanie.\n\n## Kontakt\n\nNapisz do nas.");
        assertTrue(err.contains("    2 parts of the source changed since the export: \"Zakończenie\", \"Kontakt\" (new)\n"
                + "    this file changes nothing in them: import anyway with --force to keep the rest of its work (the translation then stays"
                + " outdated until those parts are translated), then export it again: the new file marks what changed to review or translate\n"), err);
    }

    /** A section whose heading is underlined ({@code ---}) instead of marked ({@code ##}) is named by that heading too. */
    @Test
    void aSectionAddedUnderAnUnderlinedHeadingIsNamedByIt() throws IOException {
        String err = refusal("Ostatnie zdanie.", "Ostatnie zdanie.\n\nKontakt\n-------\n\nNapisz do nas.");
        assertTrue(err.contains("    1 part of the source changed since the export: \"Kontakt\" (new)\n"), err);
    }

    @Test
    void changesOnlyInASectionTheTranslationLeavesOutCanBeStampedAfterAForcedImport() throws IOException {
        String err = refusal("Ten przepis obowiązuje tylko w Polsce.", "Ten przepis obowiązuje tylko w Polsce, od 1964 roku.");
        assertTrue(err.contains("    1 part of the source changed since the export: \"Tylko w polskim prawie\"\n"
                + "    the translation leaves that section out, so nothing this file translates has changed: import anyway with --force, then"
                + " ./guide translations stamp content/en/sections-test.md (the translation is then current)\n"), err);
        assertEquals(0, XliffFixture.guide(project, "translations", "import", "--force", xliff.toString()).code());
        assertEquals(0, XliffFixture.guide(project, "translations", "stamp", "content/en/sections-test.md").code());
        XliffFixture.Run report = XliffFixture.guide(project, "translations");
        assertTrue(report.out().lines().anyMatch(l -> l.matches("sections-fixture\\s+source\\s+current")), report.out());
    }
}
